from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_bash_server_tool_item_type import (
    OutputBashServerToolItemType,
    check_output_bash_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputBashServerToolItem")


@_attrs_define
class OutputBashServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputBashServerToolItemType):
        arguments (None | str | Unset):
        call_id (None | str | Unset):
        command (str | Unset):
        exit_code (int | Unset):
        id (str | Unset):
        stderr (str | Unset):
        stdout (str | Unset):
    """

    status: str
    type: OutputBashServerToolItemType
    arguments: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    command: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    id: str | Unset = UNSET
    stderr: str | Unset = UNSET
    stdout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

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

        command = self.command

        exit_code = self.exit_code

        id = self.id

        stderr = self.stderr

        stdout = self.stdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if command is not UNSET:
            field_dict["command"] = command
        if exit_code is not UNSET:
            field_dict["exitCode"] = exit_code
        if id is not UNSET:
            field_dict["id"] = id
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stdout is not UNSET:
            field_dict["stdout"] = stdout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_bash_server_tool_item_type(d.pop("type"))

        arguments: None | str | Unset = d.pop("arguments", UNSET)

        call_id: None | str | Unset = d.pop("call_id", UNSET)

        command = d.pop("command", UNSET)

        exit_code = d.pop("exitCode", UNSET)

        id = d.pop("id", UNSET)

        stderr = d.pop("stderr", UNSET)

        stdout = d.pop("stdout", UNSET)

        output_bash_server_tool_item = cls(
            status=status,
            type=type,
            arguments=arguments,
            call_id=call_id,
            command=command,
            exit_code=exit_code,
            id=id,
            stderr=stderr,
            stdout=stdout,
        )

        output_bash_server_tool_item.additional_properties = d
        return output_bash_server_tool_item

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
