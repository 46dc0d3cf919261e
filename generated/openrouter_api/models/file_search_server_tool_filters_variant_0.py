from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_server_tool_filters_variant_0_type import (
    FileSearchServerToolFiltersVariant0Type,
    check_file_search_server_tool_filters_variant_0_type,
)
from ..types import APIModel

T = TypeVar("T", bound="FileSearchServerToolFiltersVariant0")


@_attrs_define
class FileSearchServerToolFiltersVariant0(APIModel):
    """
    Attributes:
        key (str):
        type (FileSearchServerToolFiltersVariant0Type):
        value (bool | float | list[float | str] | str):
    """

    key: str
    type: FileSearchServerToolFiltersVariant0Type
    value: bool | float | list[float | str] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type: str = self.type

        value: bool | float | list[float | str] | str
        if isinstance(self.value, list):
            value = []
            for value_type_3_item_data in self.value:
                value_type_3_item: float | str
                value_type_3_item = value_type_3_item_data
                value.append(value_type_3_item)

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "type": type,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        type = check_file_search_server_tool_filters_variant_0_type(d.pop("type"))

        def _parse_value(data: object) -> bool | float | list[float | str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_3 = []
                _value_type_3 = data
                for value_type_3_item_data in _value_type_3:
                    value_type_3_item: float | str = value_type_3_item_data

                    value_type_3.append(value_type_3_item)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | list[float | str] | str, data)

        value = _parse_value(d.pop("value"))

        file_search_server_tool_filters_variant_0 = cls(
            key=key,
            type=type,
            value=value,
        )

        file_search_server_tool_filters_variant_0.additional_properties = d
        return file_search_server_tool_filters_variant_0

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
