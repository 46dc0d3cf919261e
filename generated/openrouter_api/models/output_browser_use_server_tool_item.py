from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_browser_use_server_tool_item_type import (
    OutputBrowserUseServerToolItemType,
    check_output_browser_use_server_tool_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="OutputBrowserUseServerToolItem")


@_attrs_define
class OutputBrowserUseServerToolItem(APIModel):
    """
    Attributes:
        status (str): Open enum (the API adds values): known values `in_progress`, `completed`, `incomplete`.
        type (OutputBrowserUseServerToolItemType):
        action (str | Unset):
        id (str | Unset):
        screenshot_b64 (str | Unset):
    """

    status: str
    type: OutputBrowserUseServerToolItemType
    action: str | Unset = UNSET
    id: str | Unset = UNSET
    screenshot_b64: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type: str = self.type

        action = self.action

        id = self.id

        screenshot_b64 = self.screenshot_b64

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
        if screenshot_b64 is not UNSET:
            field_dict["screenshotB64"] = screenshot_b64

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        type = check_output_browser_use_server_tool_item_type(d.pop("type"))

        action = d.pop("action", UNSET)

        id = d.pop("id", UNSET)

        screenshot_b64 = d.pop("screenshotB64", UNSET)

        output_browser_use_server_tool_item = cls(
            status=status,
            type=type,
            action=action,
            id=id,
            screenshot_b64=screenshot_b64,
        )

        output_browser_use_server_tool_item.additional_properties = d
        return output_browser_use_server_tool_item

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
