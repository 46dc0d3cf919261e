from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_call_output_item_type import (
    ShellCallOutputItemType,
    check_shell_call_output_item_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.shell_call_output_content import ShellCallOutputContent

_LAZY_IMPORTS = (("..models.shell_call_output_content", "ShellCallOutputContent"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ShellCallOutputItem")


@_attrs_define
class ShellCallOutputItem(APIModel):
    """
    Attributes:
        call_id (str):
        output (list[ShellCallOutputContent]):
        type (ShellCallOutputItemType):
        id (None | str | Unset):
        max_output_length (int | None | Unset):
        status (None | str | Unset):
    """

    call_id: str
    output: list[ShellCallOutputContent]
    type: ShellCallOutputItemType
    id: None | str | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        call_id = self.call_id

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        type: str = self.type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "output": output,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = ShellCallOutputContent.from_dict(output_item_data)

            output.append(output_item)

        type = check_shell_call_output_item_type(d.pop("type"))

        id: None | str | Unset = d.pop("id", UNSET)

        max_output_length: int | None | Unset = d.pop("max_output_length", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        shell_call_output_item = cls(
            call_id=call_id,
            output=output,
            type=type,
            id=id,
            max_output_length=max_output_length,
            status=status,
        )

        shell_call_output_item.additional_properties = d
        return shell_call_output_item

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
