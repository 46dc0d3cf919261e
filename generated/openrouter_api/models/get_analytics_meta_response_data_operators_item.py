from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="GetAnalyticsMetaResponseDataOperatorsItem")


@_attrs_define
class GetAnalyticsMetaResponseDataOperatorsItem(APIModel):
    """
    Attributes:
        name (str): Open enum (the API adds values): known values `eq`, `neq`, `in`, `not_in`, `gt`, `gte`, `lt`, `lte`.
        value_type (str): Open enum (the API adds values): known values `scalar`, `array`.
    """

    name: str
    value_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value_type": value_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        value_type = d.pop("value_type")

        get_analytics_meta_response_data_operators_item = cls(
            name=name,
            value_type=value_type,
        )

        get_analytics_meta_response_data_operators_item.additional_properties = d
        return get_analytics_meta_response_data_operators_item

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
