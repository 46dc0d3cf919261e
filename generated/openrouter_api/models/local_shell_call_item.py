from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_call_item_type import (
    LocalShellCallItemType,
    check_local_shell_call_item_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.local_shell_call_item_action import LocalShellCallItemAction

_LAZY_IMPORTS = (("..models.local_shell_call_item_action", "LocalShellCallItemAction"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="LocalShellCallItem")


@_attrs_define
class LocalShellCallItem(APIModel):
    """
    Attributes:
        action (LocalShellCallItemAction):
        call_id (str):
        id (str):
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (LocalShellCallItemType):
    """

    action: LocalShellCallItemAction
    call_id: str
    id: str
    status: str
    type: LocalShellCallItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        action = self.action.to_dict()

        call_id = self.call_id

        id = self.id

        status = self.status

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "call_id": call_id,
                "id": id,
                "status": status,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        action = LocalShellCallItemAction.from_dict(d.pop("action"))

        call_id = d.pop("call_id")

        id = d.pop("id")

        status = d.pop("status")

        type = check_local_shell_call_item_type(d.pop("type"))

        local_shell_call_item = cls(
            action=action,
            call_id=call_id,
            id=id,
            status=status,
            type=type,
        )

        local_shell_call_item.additional_properties = d
        return local_shell_call_item

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
