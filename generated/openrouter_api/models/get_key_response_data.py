from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="GetKeyResponseData")


@_attrs_define
class GetKeyResponseData(APIModel):
    """
    Attributes:
        byok_usage (float):
        byok_usage_daily (float):
        byok_usage_monthly (float):
        byok_usage_weekly (float):
        created_at (str):
        disabled (bool):
        hash (str):
        include_byok_in_limit (bool):
        label (str):
        limit (float | None):
        limit_remaining (float | None):
        limit_reset (None | str):
        name (str):
        updated_at (None | str):
        usage (float):
        usage_daily (float):
        usage_monthly (float):
        usage_weekly (float):
        creator_user_id (None | str | Unset):
        expires_at (None | str | Unset):
        workspace_id (str | Unset):
    """

    byok_usage: float
    byok_usage_daily: float
    byok_usage_monthly: float
    byok_usage_weekly: float
    created_at: str
    disabled: bool
    hash: str
    include_byok_in_limit: bool
    label: str
    limit: float | None
    limit_remaining: float | None
    limit_reset: None | str
    name: str
    updated_at: None | str
    usage: float
    usage_daily: float
    usage_monthly: float
    usage_weekly: float
    creator_user_id: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        byok_usage = self.byok_usage

        byok_usage_daily = self.byok_usage_daily

        byok_usage_monthly = self.byok_usage_monthly

        byok_usage_weekly = self.byok_usage_weekly

        created_at = self.created_at

        disabled = self.disabled

        hash = self.hash

        include_byok_in_limit = self.include_byok_in_limit

        label = self.label

        limit: float | None
        limit = self.limit

        limit_remaining: float | None
        limit_remaining = self.limit_remaining

        limit_reset: None | str
        limit_reset = self.limit_reset

        name = self.name

        updated_at: None | str
        updated_at = self.updated_at

        usage = self.usage

        usage_daily = self.usage_daily

        usage_monthly = self.usage_monthly

        usage_weekly = self.usage_weekly

        creator_user_id: None | str | Unset
        if isinstance(self.creator_user_id, Unset):
            creator_user_id = UNSET
        else:
            creator_user_id = self.creator_user_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "byok_usage": byok_usage,
                "byok_usage_daily": byok_usage_daily,
                "byok_usage_monthly": byok_usage_monthly,
                "byok_usage_weekly": byok_usage_weekly,
                "created_at": created_at,
                "disabled": disabled,
                "hash": hash,
                "include_byok_in_limit": include_byok_in_limit,
                "label": label,
                "limit": limit,
                "limit_remaining": limit_remaining,
                "limit_reset": limit_reset,
                "name": name,
                "updated_at": updated_at,
                "usage": usage,
                "usage_daily": usage_daily,
                "usage_monthly": usage_monthly,
                "usage_weekly": usage_weekly,
            }
        )
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        byok_usage = d.pop("byok_usage")

        byok_usage_daily = d.pop("byok_usage_daily")

        byok_usage_monthly = d.pop("byok_usage_monthly")

        byok_usage_weekly = d.pop("byok_usage_weekly")

        created_at = d.pop("created_at")

        disabled = d.pop("disabled")

        hash = d.pop("hash")

        include_byok_in_limit = d.pop("include_byok_in_limit")

        label = d.pop("label")

        limit: float | None = d.pop("limit")

        limit_remaining: float | None = d.pop("limit_remaining")

        limit_reset: None | str = d.pop("limit_reset")

        name = d.pop("name")

        updated_at: None | str = d.pop("updated_at")

        usage = d.pop("usage")

        usage_daily = d.pop("usage_daily")

        usage_monthly = d.pop("usage_monthly")

        usage_weekly = d.pop("usage_weekly")

        creator_user_id: None | str | Unset = d.pop("creator_user_id", UNSET)

        expires_at: None | str | Unset = d.pop("expires_at", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        get_key_response_data = cls(
            byok_usage=byok_usage,
            byok_usage_daily=byok_usage_daily,
            byok_usage_monthly=byok_usage_monthly,
            byok_usage_weekly=byok_usage_weekly,
            created_at=created_at,
            disabled=disabled,
            hash=hash,
            include_byok_in_limit=include_byok_in_limit,
            label=label,
            limit=limit,
            limit_remaining=limit_remaining,
            limit_reset=limit_reset,
            name=name,
            updated_at=updated_at,
            usage=usage,
            usage_daily=usage_daily,
            usage_monthly=usage_monthly,
            usage_weekly=usage_weekly,
            creator_user_id=creator_user_id,
            expires_at=expires_at,
            workspace_id=workspace_id,
        )

        get_key_response_data.additional_properties = d
        return get_key_response_data

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
