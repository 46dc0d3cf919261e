from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_computer_call_item_type import (
    OutputComputerCallItemType,
    check_output_computer_call_item_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.output_computer_call_item_pending_safety_checks_item import (
        OutputComputerCallItemPendingSafetyChecksItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.output_computer_call_item_pending_safety_checks_item",
        "OutputComputerCallItemPendingSafetyChecksItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputComputerCallItem")


@_attrs_define
class OutputComputerCallItem(APIModel):
    """
    Attributes:
        call_id (str):
        pending_safety_checks (list[OutputComputerCallItemPendingSafetyChecksItem]):
        status (str): Open enum (the API adds values): known values `completed`, `incomplete`, `in_progress`.
        type (OutputComputerCallItemType):
        action (Any | Unset):
        id (str | Unset):
    """

    call_id: str
    pending_safety_checks: list[OutputComputerCallItemPendingSafetyChecksItem]
    status: str
    type: OutputComputerCallItemType
    action: Any | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        call_id = self.call_id

        pending_safety_checks = []
        for pending_safety_checks_item_data in self.pending_safety_checks:
            pending_safety_checks_item = pending_safety_checks_item_data.to_dict()
            pending_safety_checks.append(pending_safety_checks_item)

        status = self.status

        type: str = self.type

        action = self.action

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "pending_safety_checks": pending_safety_checks,
                "status": status,
                "type": type,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        pending_safety_checks = []
        _pending_safety_checks = d.pop("pending_safety_checks")
        for pending_safety_checks_item_data in _pending_safety_checks:
            pending_safety_checks_item = (
                OutputComputerCallItemPendingSafetyChecksItem.from_dict(
                    pending_safety_checks_item_data
                )
            )

            pending_safety_checks.append(pending_safety_checks_item)

        status = d.pop("status")

        type = check_output_computer_call_item_type(d.pop("type"))

        action = d.pop("action", UNSET)

        id = d.pop("id", UNSET)

        output_computer_call_item = cls(
            call_id=call_id,
            pending_safety_checks=pending_safety_checks,
            status=status,
            type=type,
            action=action,
            id=id,
        )

        output_computer_call_item.additional_properties = d
        return output_computer_call_item

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
