from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_approval_response_item_type import (
    McpApprovalResponseItemType,
    check_mcp_approval_response_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="McpApprovalResponseItem")


@_attrs_define
class McpApprovalResponseItem(APIModel):
    """
    Attributes:
        approval_request_id (str):
        approve (bool):
        type (McpApprovalResponseItemType):
        id (None | str | Unset):
        reason (None | str | Unset):
    """

    approval_request_id: str
    approve: bool
    type: McpApprovalResponseItemType
    id: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_request_id = self.approval_request_id

        approve = self.approve

        type: str = self.type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_request_id": approval_request_id,
                "approve": approve,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approval_request_id = d.pop("approval_request_id")

        approve = d.pop("approve")

        type = check_mcp_approval_response_item_type(d.pop("type"))

        id: None | str | Unset = d.pop("id", UNSET)

        reason: None | str | Unset = d.pop("reason", UNSET)

        mcp_approval_response_item = cls(
            approval_request_id=approval_request_id,
            approve=approve,
            type=type,
            id=id,
            reason=reason,
        )

        mcp_approval_response_item.additional_properties = d
        return mcp_approval_response_item

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
