from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_text_editor_server_tool_item_type import (
    OutputTextEditorServerToolItemType,
    check_output_text_editor_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputTextEditorServerToolItem")


@_attrs_define
class OutputTextEditorServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputTextEditorServerToolItemType):
        command (str | Unset): Open enum (the API adds values): known values `view`, `create`, `str_replace`, `insert`.
        file_path (str | Unset):
        id (str | Unset):
    """

    status: str
    type: OutputTextEditorServerToolItemType
    command: str | Unset = UNSET
    file_path: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

        command = self.command

        file_path = self.file_path

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
            }
        )
        if command is not UNSET:
            field_dict["command"] = command
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_text_editor_server_tool_item_type(d.pop("type"))

        command = d.pop("command", UNSET)

        file_path = d.pop("filePath", UNSET)

        id = d.pop("id", UNSET)

        output_text_editor_server_tool_item = cls(
            status=status,
            type=type,
            command=command,
            file_path=file_path,
            id=id,
        )

        output_text_editor_server_tool_item.additional_properties = d
        return output_text_editor_server_tool_item

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
