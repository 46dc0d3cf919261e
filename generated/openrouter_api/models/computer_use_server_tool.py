from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_use_server_tool_type import (
    ComputerUseServerToolType,
    check_computer_use_server_tool_type,
)
from ..types import APIModel

T = TypeVar("T", bound="ComputerUseServerTool")


@_attrs_define
class ComputerUseServerTool(APIModel):
    """
    Attributes:
        display_height (int):
        display_width (int):
        environment (str): Open enum (the API adds values): known values `windows`, `mac`, `linux`, `ubuntu`, `browser`.
        type (ComputerUseServerToolType):
    """

    display_height: int
    display_width: int
    environment: str
    type: ComputerUseServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_height = self.display_height

        display_width = self.display_width

        environment = self.environment

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_height": display_height,
                "display_width": display_width,
                "environment": environment,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_height = d.pop("display_height")

        display_width = d.pop("display_width")

        environment = d.pop("environment")

        type = check_computer_use_server_tool_type(d.pop("type"))

        computer_use_server_tool = cls(
            display_height=display_height,
            display_width=display_width,
            environment=environment,
            type=type,
        )

        computer_use_server_tool.additional_properties = d
        return computer_use_server_tool

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
