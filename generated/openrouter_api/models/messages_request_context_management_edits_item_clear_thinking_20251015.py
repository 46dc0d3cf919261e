from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_keep_type_2 import (
    MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2,
    check_messages_request_context_management_edits_item_clear_thinking_20251015_keep_type_2,
)
from ..models.messages_request_context_management_edits_item_clear_thinking_20251015_type import (
    MessagesRequestContextManagementEditsItemClearThinking20251015Type,
    check_messages_request_context_management_edits_item_clear_thinking_20251015_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_thinking_turns import AnthropicThinkingTurns
    from ..models.messages_request_context_management_edits_item_keep_all import (
        MessagesRequestContextManagementEditsItemKeepAll,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_thinking_turns", "AnthropicThinkingTurns"),
    (
        "..models.messages_request_context_management_edits_item_keep_all",
        "MessagesRequestContextManagementEditsItemKeepAll",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesRequestContextManagementEditsItemClearThinking20251015")


@_attrs_define
class MessagesRequestContextManagementEditsItemClearThinking20251015(APIModel):
    """
    Attributes:
        type (MessagesRequestContextManagementEditsItemClearThinking20251015Type):
        keep (AnthropicThinkingTurns | MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2 |
            MessagesRequestContextManagementEditsItemKeepAll | Unset):
    """

    type: MessagesRequestContextManagementEditsItemClearThinking20251015Type
    keep: (
        AnthropicThinkingTurns
        | MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2
        | MessagesRequestContextManagementEditsItemKeepAll
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type: str = self.type

        keep: dict[str, Any] | str | Unset
        if isinstance(self.keep, Unset):
            keep = UNSET
        elif isinstance(self.keep, AnthropicThinkingTurns):
            keep = self.keep.to_dict()
        elif isinstance(self.keep, MessagesRequestContextManagementEditsItemKeepAll):
            keep = self.keep.to_dict()
        else:
            keep = self.keep

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if keep is not UNSET:
            field_dict["keep"] = keep

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type = check_messages_request_context_management_edits_item_clear_thinking_20251015_type(
            d.pop("type")
        )

        def _parse_keep(
            data: object,
        ) -> (
            AnthropicThinkingTurns
            | MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2
            | MessagesRequestContextManagementEditsItemKeepAll
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                keep_type_0 = AnthropicThinkingTurns.from_dict(data)

                return keep_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                keep_type_1 = (
                    MessagesRequestContextManagementEditsItemKeepAll.from_dict(data)
                )

                return keep_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            keep_type_2 = check_messages_request_context_management_edits_item_clear_thinking_20251015_keep_type_2(
                data
            )

            return keep_type_2

        keep = _parse_keep(d.pop("keep", UNSET))

        messages_request_context_management_edits_item_clear_thinking_20251015 = cls(
            type=type,
            keep=keep,
        )

        messages_request_context_management_edits_item_clear_thinking_20251015.additional_properties = d
        return messages_request_context_management_edits_item_clear_thinking_20251015

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
