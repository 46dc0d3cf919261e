from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_tool_removal_block_type import (
    MessagesToolRemovalBlockType,
    check_messages_tool_removal_block_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.messages_tool_removal_block_tool_mcp_tool_reference import (
        MessagesToolRemovalBlockToolMcpToolReference,
    )
    from ..models.messages_tool_removal_block_tool_mcp_toolset_reference import (
        MessagesToolRemovalBlockToolMcpToolsetReference,
    )
    from ..models.messages_tool_removal_block_tool_tool_reference import (
        MessagesToolRemovalBlockToolToolReference,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    (
        "..models.messages_tool_removal_block_tool_mcp_tool_reference",
        "MessagesToolRemovalBlockToolMcpToolReference",
    ),
    (
        "..models.messages_tool_removal_block_tool_mcp_toolset_reference",
        "MessagesToolRemovalBlockToolMcpToolsetReference",
    ),
    (
        "..models.messages_tool_removal_block_tool_tool_reference",
        "MessagesToolRemovalBlockToolToolReference",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesToolRemovalBlock")


@_attrs_define
class MessagesToolRemovalBlock(APIModel):
    """
    Attributes:
        tool (MessagesToolRemovalBlockToolMcpToolReference | MessagesToolRemovalBlockToolMcpToolsetReference |
            MessagesToolRemovalBlockToolToolReference):
        type (MessagesToolRemovalBlockType):
        cache_control (AnthropicCacheControlDirective | Unset):
    """

    tool: (
        MessagesToolRemovalBlockToolMcpToolReference
        | MessagesToolRemovalBlockToolMcpToolsetReference
        | MessagesToolRemovalBlockToolToolReference
    )
    type: MessagesToolRemovalBlockType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        tool: dict[str, Any]
        if isinstance(self.tool, MessagesToolRemovalBlockToolToolReference):
            tool = self.tool.to_dict()
        elif isinstance(self.tool, MessagesToolRemovalBlockToolMcpToolReference):
            tool = self.tool.to_dict()
        else:
            tool = self.tool.to_dict()

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool": tool,
                "type": type,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_tool(
            data: object,
        ) -> (
            MessagesToolRemovalBlockToolMcpToolReference
            | MessagesToolRemovalBlockToolMcpToolsetReference
            | MessagesToolRemovalBlockToolToolReference
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_type_0 = MessagesToolRemovalBlockToolToolReference.from_dict(data)

                return tool_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_type_1 = MessagesToolRemovalBlockToolMcpToolReference.from_dict(
                    data
                )

                return tool_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_type_2 = MessagesToolRemovalBlockToolMcpToolsetReference.from_dict(
                data
            )

            return tool_type_2

        tool = _parse_tool(d.pop("tool"))

        type = check_messages_tool_removal_block_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        messages_tool_removal_block = cls(
            tool=tool,
            type=type,
            cache_control=cache_control,
        )

        messages_tool_removal_block.additional_properties = d
        return messages_tool_removal_block

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
