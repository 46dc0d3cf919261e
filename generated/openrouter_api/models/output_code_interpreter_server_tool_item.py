from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_code_interpreter_server_tool_item_type import (
    OutputCodeInterpreterServerToolItemType,
    check_output_code_interpreter_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputCodeInterpreterServerToolItem")


@_attrs_define
class OutputCodeInterpreterServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputCodeInterpreterServerToolItemType):
        code (str | Unset):
        exit_code (int | Unset):
        id (str | Unset):
        language (str | Unset):
        stderr (str | Unset):
        stdout (str | Unset):
    """

    status: str
    type: OutputCodeInterpreterServerToolItemType
    code: str | Unset = UNSET
    exit_code: int | Unset = UNSET
    id: str | Unset = UNSET
    language: str | Unset = UNSET
    stderr: str | Unset = UNSET
    stdout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

        code = self.code

        exit_code = self.exit_code

        id = self.id

        language = self.language

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
        if code is not UNSET:
            field_dict["code"] = code
        if exit_code is not UNSET:
            field_dict["exitCode"] = exit_code
        if id is not UNSET:
            field_dict["id"] = id
        if language is not UNSET:
            field_dict["language"] = language
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stdout is not UNSET:
            field_dict["stdout"] = stdout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_code_interpreter_server_tool_item_type(d.pop("type"))

        code = d.pop("code", UNSET)

        exit_code = d.pop("exitCode", UNSET)

        id = d.pop("id", UNSET)

        language = d.pop("language", UNSET)

        stderr = d.pop("stderr", UNSET)

        stdout = d.pop("stdout", UNSET)

        output_code_interpreter_server_tool_item = cls(
            status=status,
            type=type,
            code=code,
            exit_code=exit_code,
            id=id,
            language=language,
            stderr=stderr,
            stdout=stdout,
        )

        output_code_interpreter_server_tool_item.additional_properties = d
        return output_code_interpreter_server_tool_item

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
