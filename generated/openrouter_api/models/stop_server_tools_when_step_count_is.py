from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_server_tools_when_step_count_is_type import (
    StopServerToolsWhenStepCountIsType,
    check_stop_server_tools_when_step_count_is_type,
)
from ..types import APIModel

T = TypeVar("T", bound="StopServerToolsWhenStepCountIs")


@_attrs_define
class StopServerToolsWhenStepCountIs(APIModel):
    """
    Attributes:
        step_count (int):
        type (StopServerToolsWhenStepCountIsType):
    """

    step_count: int
    type: StopServerToolsWhenStepCountIsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_count = self.step_count

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_count": step_count,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step_count = d.pop("step_count")

        type = check_stop_server_tools_when_step_count_is_type(d.pop("type"))

        stop_server_tools_when_step_count_is = cls(
            step_count=step_count,
            type=type,
        )

        stop_server_tools_when_step_count_is.additional_properties = d
        return stop_server_tools_when_step_count_is

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
