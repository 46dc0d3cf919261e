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

from ..models.messages_request_context_management_edits_item_compact_20260112_type import (
    MessagesRequestContextManagementEditsItemCompact20260112Type,
    check_messages_request_context_management_edits_item_compact_20260112_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.messages_request_context_management_edits_item_trigger_input_tokens import (
        MessagesRequestContextManagementEditsItemTriggerInputTokens,
    )

_LAZY_IMPORTS = (
    (
        "..models.messages_request_context_management_edits_item_trigger_input_tokens",
        "MessagesRequestContextManagementEditsItemTriggerInputTokens",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesRequestContextManagementEditsItemCompact20260112")


@_attrs_define
class MessagesRequestContextManagementEditsItemCompact20260112(APIModel):
    """
    Attributes:
        type (MessagesRequestContextManagementEditsItemCompact20260112Type):
        instructions (None | str | Unset):
        pause_after_compaction (bool | Unset):
        trigger (MessagesRequestContextManagementEditsItemTriggerInputTokens | None | Unset):
    """

    type: MessagesRequestContextManagementEditsItemCompact20260112Type
    instructions: None | str | Unset = UNSET
    pause_after_compaction: bool | Unset = UNSET
    trigger: (
        MessagesRequestContextManagementEditsItemTriggerInputTokens | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type: str = self.type

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        pause_after_compaction = self.pause_after_compaction

        trigger: dict[str, Any] | None | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(
            self.trigger, MessagesRequestContextManagementEditsItemTriggerInputTokens
        ):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if pause_after_compaction is not UNSET:
            field_dict["pause_after_compaction"] = pause_after_compaction
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type = (
            check_messages_request_context_management_edits_item_compact_20260112_type(
                d.pop("type")
            )
        )

        instructions: None | str | Unset = d.pop("instructions", UNSET)

        pause_after_compaction = d.pop("pause_after_compaction", UNSET)

        def _parse_trigger(
            data: object,
        ) -> MessagesRequestContextManagementEditsItemTriggerInputTokens | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0 = MessagesRequestContextManagementEditsItemTriggerInputTokens.from_dict(
                    data
                )

                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                MessagesRequestContextManagementEditsItemTriggerInputTokens
                | None
                | Unset,
                data,
            )

        trigger = _parse_trigger(d.pop("trigger", UNSET))

        messages_request_context_management_edits_item_compact_20260112 = cls(
            type=type,
            instructions=instructions,
            pause_after_compaction=pause_after_compaction,
            trigger=trigger,
        )

        messages_request_context_management_edits_item_compact_20260112.additional_properties = d
        return messages_request_context_management_edits_item_compact_20260112

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
