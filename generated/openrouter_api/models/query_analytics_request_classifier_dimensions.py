from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="QueryAnalyticsRequestClassifierDimensions")


@_attrs_define
class QueryAnalyticsRequestClassifierDimensions(APIModel):
    """
    Attributes:
        classifier_id (UUID):
        dimension_names (list[str] | Unset):
        include_nulls (bool | Unset):
    """

    classifier_id: UUID
    dimension_names: list[str] | Unset = UNSET
    include_nulls: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classifier_id = str(self.classifier_id)

        dimension_names: list[str] | Unset = UNSET
        if not isinstance(self.dimension_names, Unset):
            dimension_names = self.dimension_names

        include_nulls = self.include_nulls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "classifier_id": classifier_id,
            }
        )
        if dimension_names is not UNSET:
            field_dict["dimension_names"] = dimension_names
        if include_nulls is not UNSET:
            field_dict["include_nulls"] = include_nulls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        classifier_id = UUID(d.pop("classifier_id"))

        dimension_names = cast(list[str], d.pop("dimension_names", UNSET))

        include_nulls = d.pop("include_nulls", UNSET)

        query_analytics_request_classifier_dimensions = cls(
            classifier_id=classifier_id,
            dimension_names=dimension_names,
            include_nulls=include_nulls,
        )

        query_analytics_request_classifier_dimensions.additional_properties = d
        return query_analytics_request_classifier_dimensions

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
