from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_shell_call_output_item_type import (
    OutputShellCallOutputItemType,
    check_output_shell_call_output_item_type,
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


T = TypeVar("T", bound="OutputShellCallOutputItem")


@_attrs_define
class OutputShellCallOutputItem(APIModel):
    """
    Attributes:
        call_id (str):
        id (str):
        output (list[ShellCallOutputContent]):
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputShellCallOutputItemType):
        max_output_length (int | None | Unset):
    """

    call_id: str
    id: str
    output: list[ShellCallOutputContent]
    status: str
    type: OutputShellCallOutputItemType
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        call_id = self.call_id

        id = self.id

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        status = self.status

        type: str = self.type

        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "id": id,
                "output": output,
                "status": status,
                "type": type,
            }
        )
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        call_id = d.pop("call_id")

        id = d.pop("id")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = ShellCallOutputContent.from_dict(output_item_data)

            output.append(output_item)

        status = d.pop("status")

        type = check_output_shell_call_output_item_type(d.pop("type"))

        max_output_length: int | None | Unset = d.pop("max_output_length", UNSET)

        output_shell_call_output_item = cls(
            call_id=call_id,
            id=id,
            output=output,
            status=status,
            type=type,
            max_output_length=max_output_length,
        )

        output_shell_call_output_item.additional_properties = d
        return output_shell_call_output_item

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
