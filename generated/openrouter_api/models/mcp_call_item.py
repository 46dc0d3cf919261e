from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_call_item_type import McpCallItemType, check_mcp_call_item_type
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="McpCallItem")


@_attrs_define
class McpCallItem(APIModel):
    """
    Attributes:
        arguments (str):
        id (str):
        name (str):
        server_label (str):
        type (McpCallItemType):
        error (None | str | Unset):
        output (None | str | Unset):
    """

    arguments: str
    id: str
    name: str
    server_label: str
    type: McpCallItemType
    error: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        id = self.id

        name = self.name

        server_label = self.server_label

        type: str = self.type

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

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
        if error is not UNSET:
            field_dict["error"] = error
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments")

        id = d.pop("id")

        name = d.pop("name")

        server_label = d.pop("server_label")

        type = check_mcp_call_item_type(d.pop("type"))

        error: None | str | Unset = d.pop("error", UNSET)

        output: None | str | Unset = d.pop("output", UNSET)

        mcp_call_item = cls(
            arguments=arguments,
            id=id,
            name=name,
            server_label=server_label,
            type=type,
            error=error,
            output=output,
        )

        mcp_call_item.additional_properties = d
        return mcp_call_item

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
