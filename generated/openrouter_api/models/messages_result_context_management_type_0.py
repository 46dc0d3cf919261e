from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.messages_result_context_management_type_0_applied_edits_item import (
        MessagesResultContextManagementType0AppliedEditsItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.messages_result_context_management_type_0_applied_edits_item",
        "MessagesResultContextManagementType0AppliedEditsItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesResultContextManagementType0")


@_attrs_define
class MessagesResultContextManagementType0(APIModel):
    """
    Attributes:
        applied_edits (list[MessagesResultContextManagementType0AppliedEditsItem]):
    """

    applied_edits: list[MessagesResultContextManagementType0AppliedEditsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        applied_edits = []
        for applied_edits_item_data in self.applied_edits:
            applied_edits_item = applied_edits_item_data.to_dict()
            applied_edits.append(applied_edits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applied_edits": applied_edits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        applied_edits = []
        _applied_edits = d.pop("applied_edits")
        for applied_edits_item_data in _applied_edits:
            applied_edits_item = (
                MessagesResultContextManagementType0AppliedEditsItem.from_dict(
                    applied_edits_item_data
                )
            )

            applied_edits.append(applied_edits_item)

        messages_result_context_management_type_0 = cls(
            applied_edits=applied_edits,
        )

        messages_result_context_management_type_0.additional_properties = d
        return messages_result_context_management_type_0

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
