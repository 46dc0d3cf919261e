from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_capability_type import EnumCapabilityType, check_enum_capability_type
from ..types import APIModel

T = TypeVar("T", bound="EnumCapability")


@_attrs_define
class EnumCapability(APIModel):
    """
    Attributes:
        type (EnumCapabilityType):
        values (list[str]):
    """

    type: EnumCapabilityType
    values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_enum_capability_type(d.pop("type"))

        values = cast(list[str], d.pop("values"))

        enum_capability = cls(
            type=type,
            values=values,
        )

        enum_capability.additional_properties = d
        return enum_capability

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
