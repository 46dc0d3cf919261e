from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputShellServerToolItemAction")


@_attrs_define
class OutputShellServerToolItemAction(APIModel):
    """
    Attributes:
        commands (list[str]):
        max_output_length (int | None | Unset):
        timeout_ms (int | None | Unset):
    """

    commands: list[str]
    max_output_length: int | None | Unset = UNSET
    timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commands = self.commands

        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commands": commands,
            }
        )
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commands = cast(list[str], d.pop("commands"))

        max_output_length: int | None | Unset = d.pop("max_output_length", UNSET)

        timeout_ms: int | None | Unset = d.pop("timeout_ms", UNSET)

        output_shell_server_tool_item_action = cls(
            commands=commands,
            max_output_length=max_output_length,
            timeout_ms=timeout_ms,
        )

        output_shell_server_tool_item_action.additional_properties = d
        return output_shell_server_tool_item_action

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
