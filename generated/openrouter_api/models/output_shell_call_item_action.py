from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="OutputShellCallItemAction")


@_attrs_define
class OutputShellCallItemAction(APIModel):
    """
    Attributes:
        commands (list[str]):
        max_output_length (int | None):
        timeout_ms (int | None):
    """

    commands: list[str]
    max_output_length: int | None
    timeout_ms: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commands = self.commands

        max_output_length: int | None
        max_output_length = self.max_output_length

        timeout_ms: int | None
        timeout_ms = self.timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commands": commands,
                "max_output_length": max_output_length,
                "timeout_ms": timeout_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commands = cast(list[str], d.pop("commands"))

        max_output_length: int | None = d.pop("max_output_length")

        timeout_ms: int | None = d.pop("timeout_ms")

        output_shell_call_item_action = cls(
            commands=commands,
            max_output_length=max_output_length,
            timeout_ms=timeout_ms,
        )

        output_shell_call_item_action.additional_properties = d
        return output_shell_call_item_action

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
