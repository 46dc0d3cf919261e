from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="RouterParams")


@_attrs_define
class RouterParams(APIModel):
    """
    Attributes:
        quality_floor (float | Unset):
        throughput_floor (float | Unset):
        version_group (str | Unset):
    """

    quality_floor: float | Unset = UNSET
    throughput_floor: float | Unset = UNSET
    version_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quality_floor = self.quality_floor

        throughput_floor = self.throughput_floor

        version_group = self.version_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quality_floor is not UNSET:
            field_dict["quality_floor"] = quality_floor
        if throughput_floor is not UNSET:
            field_dict["throughput_floor"] = throughput_floor
        if version_group is not UNSET:
            field_dict["version_group"] = version_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quality_floor = d.pop("quality_floor", UNSET)

        throughput_floor = d.pop("throughput_floor", UNSET)

        version_group = d.pop("version_group", UNSET)

        router_params = cls(
            quality_floor=quality_floor,
            throughput_floor=throughput_floor,
            version_group=version_group,
        )

        router_params.additional_properties = d
        return router_params

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
