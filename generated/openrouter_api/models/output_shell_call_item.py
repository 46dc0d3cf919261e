from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_shell_call_item_type import (
    OutputShellCallItemType,
    check_output_shell_call_item_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.output_shell_call_item_action import OutputShellCallItemAction

_LAZY_IMPORTS = (
    ("..models.output_shell_call_item_action", "OutputShellCallItemAction"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputShellCallItem")


@_attrs_define
class OutputShellCallItem(APIModel):
    """
    Attributes:
        call_id (str):
        id (str):
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputShellCallItemType):
        action (OutputShellCallItemAction | Unset):
        arguments (None | str | Unset):
    """

    call_id: str
    id: str
    status: str
    type: OutputShellCallItemType
    action: OutputShellCallItemAction | Unset = UNSET
    arguments: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        call_id = self.call_id

        id = self.id

        status = self.status

        type: str = self.type

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        arguments: None | str | Unset
        if isinstance(self.arguments, Unset):
            arguments = UNSET
        else:
            arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "id": id,
                "status": status,
                "type": type,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        id = d.pop("id")

        status = d.pop("status")

        type = check_output_shell_call_item_type(d.pop("type"))

        _action = d.pop("action", UNSET)
        action: OutputShellCallItemAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OutputShellCallItemAction.from_dict(_action)

        arguments: None | str | Unset = d.pop("arguments", UNSET)

        output_shell_call_item = cls(
            call_id=call_id,
            id=id,
            status=status,
            type=type,
            action=action,
            arguments=arguments,
        )

        output_shell_call_item.additional_properties = d
        return output_shell_call_item

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
