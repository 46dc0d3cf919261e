from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.codex_local_shell_tool_type import (
    CodexLocalShellToolType,
    check_codex_local_shell_tool_type,
)
from ..types import APIModel

T = TypeVar("T", bound="CodexLocalShellTool")


@_attrs_define
class CodexLocalShellTool(APIModel):
    """
    Attributes:
        type (CodexLocalShellToolType):
    """

    type: CodexLocalShellToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_codex_local_shell_tool_type(d.pop("type"))

        codex_local_shell_tool = cls(
            type=type,
        )

        codex_local_shell_tool.additional_properties = d
        return codex_local_shell_tool

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
