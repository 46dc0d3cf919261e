from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_files_server_tool_item_type import (
    OutputFilesServerToolItemType,
    check_output_files_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputFilesServerToolItem")


@_attrs_define
class OutputFilesServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputFilesServerToolItemType):
        arguments (None | str | Unset):
        call_id (None | str | Unset):
        error (str | Unset):
        file_id (str | Unset):
        filename (str | Unset):
        id (str | Unset):
        operation (str | Unset):
        result (str | Unset):
    """

    status: str
    type: OutputFilesServerToolItemType
    arguments: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    error: str | Unset = UNSET
    file_id: str | Unset = UNSET
    filename: str | Unset = UNSET
    id: str | Unset = UNSET
    operation: str | Unset = UNSET
    result: str | Unset = UNSET
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

        error = self.error

        file_id = self.file_id

        filename = self.filename

        id = self.id

        operation = self.operation

        result = self.result

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
        if error is not UNSET:
            field_dict["error"] = error
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if id is not UNSET:
            field_dict["id"] = id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_files_server_tool_item_type(d.pop("type"))

        arguments: None | str | Unset = d.pop("arguments", UNSET)

        call_id: None | str | Unset = d.pop("call_id", UNSET)

        error = d.pop("error", UNSET)

        file_id = d.pop("file_id", UNSET)

        filename = d.pop("filename", UNSET)

        id = d.pop("id", UNSET)

        operation = d.pop("operation", UNSET)

        result = d.pop("result", UNSET)

        output_files_server_tool_item = cls(
            status=status,
            type=type,
            arguments=arguments,
            call_id=call_id,
            error=error,
            file_id=file_id,
            filename=filename,
            id=id,
            operation=operation,
            result=result,
        )

        output_files_server_tool_item.additional_properties = d
        return output_files_server_tool_item

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
