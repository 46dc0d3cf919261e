from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_request_item_type import (
    McpApprovalRequestItemType,
    check_mcp_approval_request_item_type,
)
from ..types import APIModel

T = TypeVar("T", bound="McpApprovalRequestItem")


@_attrs_define
class McpApprovalRequestItem(APIModel):
    """
    Attributes:
        arguments (str):
        id (str):
        name (str):
        server_label (str):
        type (McpApprovalRequestItemType):
    """

    arguments: str
    id: str
    name: str
    server_label: str
    type: McpApprovalRequestItemType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        id = self.id

        name = self.name

        server_label = self.server_label

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "id": id,
                "name": name,
                "server_label": server_label,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments")

        id = d.pop("id")

        name = d.pop("name")

        server_label = d.pop("server_label")

        type = check_mcp_approval_request_item_type(d.pop("type"))

        mcp_approval_request_item = cls(
            arguments=arguments,
            id=id,
            name=name,
            server_label=server_label,
            type=type,
        )

        mcp_approval_request_item.additional_properties = d
        return mcp_approval_request_item

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
