from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="QueryAnalyticsResponseDataMetadata")


@_attrs_define
class QueryAnalyticsResponseDataMetadata(APIModel):
    """
    Attributes:
        query_time_ms (float):
        row_count (int):
        truncated (bool):
    """

    query_time_ms: float
    row_count: int
    truncated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_time_ms = self.query_time_ms

        row_count = self.row_count

        truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query_time_ms": query_time_ms,
                "row_count": row_count,
                "truncated": truncated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query_time_ms = d.pop("query_time_ms")

        row_count = d.pop("row_count")

        truncated = d.pop("truncated")

        query_analytics_response_data_metadata = cls(
            query_time_ms=query_time_ms,
            row_count=row_count,
            truncated=truncated,
        )

        query_analytics_response_data_metadata.additional_properties = d
        return query_analytics_response_data_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
