from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_context_management_edits_item_clear_tool_uses_20250919_type import (
    MessagesRequestContextManagementEditsItemClearToolUses20250919Type,
    check_messages_request_context_management_edits_item_clear_tool_uses_20250919_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_input_tokens_clear_at_least import (
        AnthropicInputTokensClearAtLeast,
    )
    from ..models.anthropic_input_tokens_trigger import AnthropicInputTokensTrigger
    from ..models.anthropic_tool_uses_keep import AnthropicToolUsesKeep
    from ..models.anthropic_tool_uses_trigger import AnthropicToolUsesTrigger

_LAZY_IMPORTS = (
    (
        "..models.anthropic_input_tokens_clear_at_least",
        "AnthropicInputTokensClearAtLeast",
    ),
    ("..models.anthropic_input_tokens_trigger", "AnthropicInputTokensTrigger"),
    ("..models.anthropic_tool_uses_keep", "AnthropicToolUsesKeep"),
    ("..models.anthropic_tool_uses_trigger", "AnthropicToolUsesTrigger"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesRequestContextManagementEditsItemClearToolUses20250919")


@_attrs_define
class MessagesRequestContextManagementEditsItemClearToolUses20250919(APIModel):
    """
    Attributes:
        type (MessagesRequestContextManagementEditsItemClearToolUses20250919Type):
        clear_at_least (AnthropicInputTokensClearAtLeast | None | Unset):
        clear_tool_inputs (bool | list[str] | None | Unset):
        exclude_tools (list[str] | None | Unset):
        keep (AnthropicToolUsesKeep | Unset):
        trigger (AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | Unset):
    """

    type: MessagesRequestContextManagementEditsItemClearToolUses20250919Type
    clear_at_least: AnthropicInputTokensClearAtLeast | None | Unset = UNSET
    clear_tool_inputs: bool | list[str] | None | Unset = UNSET
    exclude_tools: list[str] | None | Unset = UNSET
    keep: AnthropicToolUsesKeep | Unset = UNSET
    trigger: AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type: str = self.type

        clear_at_least: dict[str, Any] | None | Unset
        if isinstance(self.clear_at_least, Unset):
            clear_at_least = UNSET
        elif isinstance(self.clear_at_least, AnthropicInputTokensClearAtLeast):
            clear_at_least = self.clear_at_least.to_dict()
        else:
            clear_at_least = self.clear_at_least

        clear_tool_inputs: bool | list[str] | None | Unset
        if isinstance(self.clear_tool_inputs, Unset):
            clear_tool_inputs = UNSET
        elif isinstance(self.clear_tool_inputs, list):
            clear_tool_inputs = self.clear_tool_inputs

        else:
            clear_tool_inputs = self.clear_tool_inputs

        exclude_tools: list[str] | None | Unset
        if isinstance(self.exclude_tools, Unset):
            exclude_tools = UNSET
        elif isinstance(self.exclude_tools, list):
            exclude_tools = self.exclude_tools

        else:
            exclude_tools = self.exclude_tools

        keep: dict[str, Any] | Unset = UNSET
        if not isinstance(self.keep, Unset):
            keep = self.keep.to_dict()

        trigger: dict[str, Any] | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, AnthropicInputTokensTrigger):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if clear_at_least is not UNSET:
            field_dict["clear_at_least"] = clear_at_least
        if clear_tool_inputs is not UNSET:
            field_dict["clear_tool_inputs"] = clear_tool_inputs
        if exclude_tools is not UNSET:
            field_dict["exclude_tools"] = exclude_tools
        if keep is not UNSET:
            field_dict["keep"] = keep
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type = check_messages_request_context_management_edits_item_clear_tool_uses_20250919_type(
            d.pop("type")
        )

        def _parse_clear_at_least(
            data: object,
        ) -> AnthropicInputTokensClearAtLeast | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clear_at_least_type_0 = AnthropicInputTokensClearAtLeast.from_dict(data)

                return clear_at_least_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicInputTokensClearAtLeast | None | Unset, data)

        clear_at_least = _parse_clear_at_least(d.pop("clear_at_least", UNSET))

        def _parse_clear_tool_inputs(data: object) -> bool | list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                clear_tool_inputs_type_1 = cast(list[str], data)

                return clear_tool_inputs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[str] | None | Unset, data)

        clear_tool_inputs = _parse_clear_tool_inputs(d.pop("clear_tool_inputs", UNSET))

        def _parse_exclude_tools(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exclude_tools_type_0 = cast(list[str], data)

                return exclude_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        exclude_tools = _parse_exclude_tools(d.pop("exclude_tools", UNSET))

        _keep = d.pop("keep", UNSET)
        keep: AnthropicToolUsesKeep | Unset
        if isinstance(_keep, Unset):
            keep = UNSET
        else:
            keep = AnthropicToolUsesKeep.from_dict(_keep)

        def _parse_trigger(
            data: object,
        ) -> AnthropicInputTokensTrigger | AnthropicToolUsesTrigger | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0 = AnthropicInputTokensTrigger.from_dict(data)

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            trigger_type_1 = AnthropicToolUsesTrigger.from_dict(data)

            return trigger_type_1

        trigger = _parse_trigger(d.pop("trigger", UNSET))

        messages_request_context_management_edits_item_clear_tool_uses_20250919 = cls(
            type=type,
            clear_at_least=clear_at_least,
            clear_tool_inputs=clear_tool_inputs,
            exclude_tools=exclude_tools,
            keep=keep,
            trigger=trigger,
        )

        messages_request_context_management_edits_item_clear_tool_uses_20250919.additional_properties = d
        return messages_request_context_management_edits_item_clear_tool_uses_20250919

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
