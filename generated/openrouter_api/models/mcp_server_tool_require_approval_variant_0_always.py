from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="McpServerToolRequireApprovalVariant0Always")


@_attrs_define
class McpServerToolRequireApprovalVariant0Always(APIModel):
    """
    Attributes:
        tool_names (list[str] | Unset):
    """

    tool_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_names: list[str] | Unset = UNSET
        if not isinstance(self.tool_names, Unset):
            tool_names = self.tool_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_names = cast(list[str], d.pop("tool_names", UNSET))

        mcp_server_tool_require_approval_variant_0_always = cls(
            tool_names=tool_names,
        )

        mcp_server_tool_require_approval_variant_0_always.additional_properties = d
        return mcp_server_tool_require_approval_variant_0_always

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
