from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_mcp_server_tool_item_type import (
    OutputMcpServerToolItemType,
    check_output_mcp_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputMcpServerToolItem")


@_attrs_define
class OutputMcpServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputMcpServerToolItemType):
        id (str | Unset):
        server_label (str | Unset):
        tool_name (str | Unset):
    """

    status: str
    type: OutputMcpServerToolItemType
    id: str | Unset = UNSET
    server_label: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

        id = self.id

        server_label = self.server_label

        tool_name = self.tool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if server_label is not UNSET:
            field_dict["serverLabel"] = server_label
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_mcp_server_tool_item_type(d.pop("type"))

        id = d.pop("id", UNSET)

        server_label = d.pop("serverLabel", UNSET)

        tool_name = d.pop("toolName", UNSET)

        output_mcp_server_tool_item = cls(
            status=status,
            type=type,
            id=id,
            server_label=server_label,
            tool_name=tool_name,
        )

        output_mcp_server_tool_item.additional_properties = d
        return output_mcp_server_tool_item

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
