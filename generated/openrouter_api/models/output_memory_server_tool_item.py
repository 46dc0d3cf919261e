from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_memory_server_tool_item_type import (
    OutputMemoryServerToolItemType,
    check_output_memory_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputMemoryServerToolItem")


@_attrs_define
class OutputMemoryServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputMemoryServerToolItemType):
        action (str | Unset): Open enum (the API adds values): known values `read`, `write`, `delete`.
        id (str | Unset):
        key (str | Unset):
        value (Any | Unset):
    """

    status: str
    type: OutputMemoryServerToolItemType
    action: str | Unset = UNSET
    id: str | Unset = UNSET
    key: str | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

        action = self.action

        id = self.id

        key = self.key

        value = self.value

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
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_memory_server_tool_item_type(d.pop("type"))

        action = d.pop("action", UNSET)

        id = d.pop("id", UNSET)

        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        output_memory_server_tool_item = cls(
            status=status,
            type=type,
            action=action,
            id=id,
            key=key,
            value=value,
        )

        output_memory_server_tool_item.additional_properties = d
        return output_memory_server_tool_item

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
