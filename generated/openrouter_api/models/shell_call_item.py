from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_call_item_type import ShellCallItemType, check_shell_call_item_type
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.shell_call_item_action import ShellCallItemAction

_LAZY_IMPORTS = (("..models.shell_call_item_action", "ShellCallItemAction"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ShellCallItem")


@_attrs_define
class ShellCallItem(APIModel):
    """
    Attributes:
        action (ShellCallItemAction):
        call_id (str):
        type (ShellCallItemType):
        arguments (None | str | Unset):
        environment (Any | Unset):
        id (None | str | Unset):
        status (None | str | Unset):
    """

    action: ShellCallItemAction
    call_id: str
    type: ShellCallItemType
    arguments: None | str | Unset = UNSET
    environment: Any | Unset = UNSET
    id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        action = self.action.to_dict()

        call_id = self.call_id

        type: str = self.type

        arguments: None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        else:
            arguments = self.arguments

        environment = self.environment

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "call_id": call_id,
                "type": type,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if environment is not UNSET:
            field_dict["environment"] = environment
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        action = ShellCallItemAction.from_dict(d.pop("action"))

        call_id = d.pop("call_id")

        type = check_shell_call_item_type(d.pop("type"))

        arguments: None | str | Unset = d.pop("arguments", UNSET)

        environment = d.pop("environment", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        shell_call_item = cls(
            action=action,
            call_id=call_id,
            type=type,
            arguments=arguments,
            environment=environment,
            id=id,
            status=status,
        )

        shell_call_item.additional_properties = d
        return shell_call_item

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
