from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.range_capability_type import (
    RangeCapabilityType,
    check_range_capability_type,
)
from ..types import APIModel

T = TypeVar("T", bound="RangeCapability")


@_attrs_define
class RangeCapability(APIModel):
    """
    Attributes:
        max_ (float):
        min_ (float):
        type (RangeCapabilityType):
    """

    max_: float
    min_: float
    type: RangeCapabilityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        min_ = self.min_

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
                "min": min_,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = d.pop("max")

        min_ = d.pop("min")

        type = check_range_capability_type(d.pop("type"))

        range_capability = cls(
            max_=max_,
            min_=min_,
            type=type,
        )

        range_capability.additional_properties = d
        return range_capability

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
