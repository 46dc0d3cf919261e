from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_shell_server_tool_item_type import (
    OutputShellServerToolItemType,
    check_output_shell_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.output_shell_server_tool_item_action import (
        OutputShellServerToolItemAction,
    )
    from ..models.shell_call_output_content import ShellCallOutputContent

_LAZY_IMPORTS = (
    (
        "..models.output_shell_server_tool_item_action",
        "OutputShellServerToolItemAction",
    ),
    ("..models.shell_call_output_content", "ShellCallOutputContent"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputShellServerToolItem")


@_attrs_define
class OutputShellServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputShellServerToolItemType):
        action (OutputShellServerToolItemAction | Unset):
        arguments (None | str | Unset):
        call_id (None | str | Unset):
        id (str | Unset):
        output (list[ShellCallOutputContent] | Unset):
    """

    status: str
    type: OutputShellServerToolItemType
    action: OutputShellServerToolItemAction | Unset = UNSET
    arguments: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    id: str | Unset = UNSET
    output: list[ShellCallOutputContent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        id = self.id

        output: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = []
            for output_item_data in self.output:
                output_item = output_item_data.to_dict()
                output.append(output_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_shell_server_tool_item_type(d.pop("type"))

        _action = d.pop("action", UNSET)
        action: OutputShellServerToolItemAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = OutputShellServerToolItemAction.from_dict(_action)

        arguments: None | str | Unset = d.pop("arguments", UNSET)

        call_id: None | str | Unset = d.pop("call_id", UNSET)

        id = d.pop("id", UNSET)

        _output = d.pop("output", UNSET)
        output: list[ShellCallOutputContent] | Unset = UNSET
        if _output is not UNSET:
            output = []
            for output_item_data in _output:
                output_item = ShellCallOutputContent.from_dict(output_item_data)

                output.append(output_item)

        output_shell_server_tool_item = cls(
            status=status,
            type=type,
            action=action,
            arguments=arguments,
            call_id=call_id,
            id=id,
            output=output,
        )

        output_shell_server_tool_item.additional_properties = d
        return output_shell_server_tool_item

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
