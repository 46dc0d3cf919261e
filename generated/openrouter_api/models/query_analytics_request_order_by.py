from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_analytics_request_order_by_direction import (
    QueryAnalyticsRequestOrderByDirection,
    check_query_analytics_request_order_by_direction,
)
from ..types import APIModel

T = TypeVar("T", bound="QueryAnalyticsRequestOrderBy")


@_attrs_define
class QueryAnalyticsRequestOrderBy(APIModel):
    """
    Attributes:
        direction (QueryAnalyticsRequestOrderByDirection):
        field (str):
    """

    direction: QueryAnalyticsRequestOrderByDirection
    field: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        field = self.field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "field": field,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = check_query_analytics_request_order_by_direction(d.pop("direction"))

        field = d.pop("field")

        query_analytics_request_order_by = cls(
            direction=direction,
            field=field,
        )

        query_analytics_request_order_by.additional_properties = d
        return query_analytics_request_order_by

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
