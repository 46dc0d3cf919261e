from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.messages_request_context_management_edits_item_clear_thinking_20251015 import (
        MessagesRequestContextManagementEditsItemClearThinking20251015,
    )
    from ..models.messages_request_context_management_edits_item_clear_tool_uses_20250919 import (
        MessagesRequestContextManagementEditsItemClearToolUses20250919,
    )
    from ..models.messages_request_context_management_edits_item_compact_20260112 import (
        MessagesRequestContextManagementEditsItemCompact20260112,
    )

_LAZY_IMPORTS = (
    (
        "..models.messages_request_context_management_edits_item_clear_thinking_20251015",
        "MessagesRequestContextManagementEditsItemClearThinking20251015",
    ),
    (
        "..models.messages_request_context_management_edits_item_clear_tool_uses_20250919",
        "MessagesRequestContextManagementEditsItemClearToolUses20250919",
    ),
    (
        "..models.messages_request_context_management_edits_item_compact_20260112",
        "MessagesRequestContextManagementEditsItemCompact20260112",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesRequestContextManagementType0")


@_attrs_define
class MessagesRequestContextManagementType0(APIModel):
    """
    Attributes:
        edits (list[MessagesRequestContextManagementEditsItemClearThinking20251015 |
            MessagesRequestContextManagementEditsItemClearToolUses20250919 |
            MessagesRequestContextManagementEditsItemCompact20260112] | Unset):
    """

    edits: (
        list[
            MessagesRequestContextManagementEditsItemClearThinking20251015
            | MessagesRequestContextManagementEditsItemClearToolUses20250919
            | MessagesRequestContextManagementEditsItemCompact20260112
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        edits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.edits, Unset):
            edits = []
            for edits_item_data in self.edits:
                edits_item: dict[str, Any]
                if isinstance(
                    edits_item_data,
                    MessagesRequestContextManagementEditsItemClearToolUses20250919,
                ):
                    edits_item = edits_item_data.to_dict()
                elif isinstance(
                    edits_item_data,
                    MessagesRequestContextManagementEditsItemClearThinking20251015,
                ):
                    edits_item = edits_item_data.to_dict()
                else:
                    edits_item = edits_item_data.to_dict()

                edits.append(edits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if edits is not UNSET:
            field_dict["edits"] = edits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _edits = d.pop("edits", UNSET)
        edits: (
            list[
                MessagesRequestContextManagementEditsItemClearThinking20251015
                | MessagesRequestContextManagementEditsItemClearToolUses20250919
                | MessagesRequestContextManagementEditsItemCompact20260112
            ]
            | Unset
        ) = UNSET
        if _edits is not UNSET:
            edits = []
            for edits_item_data in _edits:

                def _parse_edits_item(
                    data: object,
                ) -> (
                    MessagesRequestContextManagementEditsItemClearThinking20251015
                    | MessagesRequestContextManagementEditsItemClearToolUses20250919
                    | MessagesRequestContextManagementEditsItemCompact20260112
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        edits_item_type_0 = MessagesRequestContextManagementEditsItemClearToolUses20250919.from_dict(
                            data
                        )

                        return edits_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        edits_item_type_1 = MessagesRequestContextManagementEditsItemClearThinking20251015.from_dict(
                            data
                        )

                        return edits_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    edits_item_type_2 = MessagesRequestContextManagementEditsItemCompact20260112.from_dict(
                        data
                    )

                    return edits_item_type_2

                edits_item = _parse_edits_item(edits_item_data)

                edits.append(edits_item)

        messages_request_context_management_type_0 = cls(
            edits=edits,
        )

        messages_request_context_management_type_0.additional_properties = d
        return messages_request_context_management_type_0

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
