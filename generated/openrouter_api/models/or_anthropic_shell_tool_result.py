from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.or_anthropic_shell_tool_result_type import (
    ORAnthropicShellToolResultType,
    check_or_anthropic_shell_tool_result_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.or_anthropic_shell_tool_result_content import (
        ORAnthropicShellToolResultContent,
    )

_LAZY_IMPORTS = (
    (
        "..models.or_anthropic_shell_tool_result_content",
        "ORAnthropicShellToolResultContent",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ORAnthropicShellToolResult")


@_attrs_define
class ORAnthropicShellToolResult(APIModel):
    """
    Attributes:
        content (ORAnthropicShellToolResultContent):
        tool_use_id (str):
        type (ORAnthropicShellToolResultType):
    """

    content: ORAnthropicShellToolResultContent
    tool_use_id: str
    type: ORAnthropicShellToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content = self.content.to_dict()

        tool_use_id = self.tool_use_id

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "tool_use_id": tool_use_id,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        content = ORAnthropicShellToolResultContent.from_dict(d.pop("content"))

        tool_use_id = d.pop("tool_use_id")

        type = check_or_anthropic_shell_tool_result_type(d.pop("type"))

        or_anthropic_shell_tool_result = cls(
            content=content,
            tool_use_id=tool_use_id,
            type=type,
        )

        or_anthropic_shell_tool_result.additional_properties = d
        return or_anthropic_shell_tool_result

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
