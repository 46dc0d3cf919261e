from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey(APIModel):
    """
    Attributes:
        hash (str):
        name (str):
        label (str):
        disabled (bool):
        limit (float | None):
        limit_remaining (float | None):
        limit_reset (None | str):
        include_byok_in_limit (bool):
        usage (float):
        usage_daily (float):
        usage_weekly (float):
        usage_monthly (float):
        byok_usage (float):
        byok_usage_daily (float):
        byok_usage_weekly (float):
        byok_usage_monthly (float):
        created_at (str):
        updated_at (None | str):
        expires_at (None | str | Unset): ISO-8601 date-time (kept a string so bodies round-trip unchanged).
        creator_user_id (None | str | Unset):
        workspace_id (str | Unset):
    """

    hash: str
    name: str
    label: str
    disabled: bool
    limit: float | None
    limit_remaining: float | None
    limit_reset: None | str
    include_byok_in_limit: bool
    usage: float
    usage_daily: float
    usage_weekly: float
    usage_monthly: float
    byok_usage: float
    byok_usage_daily: float
    byok_usage_weekly: float
    byok_usage_monthly: float
    created_at: str
    updated_at: None | str
    expires_at: None | str | Unset = UNSET
    creator_user_id: None | str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash = self.hash

        name = self.name

        label = self.label

        disabled = self.disabled

        limit: float | None
        limit = self.limit

        limit_remaining: float | None
        limit_remaining = self.limit_remaining

        limit_reset: None | str
        limit_reset = self.limit_reset

        include_byok_in_limit = self.include_byok_in_limit

        usage = self.usage

        usage_daily = self.usage_daily

        usage_weekly = self.usage_weekly

        usage_monthly = self.usage_monthly

        byok_usage = self.byok_usage

        byok_usage_daily = self.byok_usage_daily

        byok_usage_weekly = self.byok_usage_weekly

        byok_usage_monthly = self.byok_usage_monthly

        created_at = self.created_at

        updated_at: None | str
        updated_at = self.updated_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        creator_user_id: None | str | Unset
        if isinstance(self.creator_user_id, Unset):
            creator_user_id = UNSET
        else:
            creator_user_id = self.creator_user_id

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hash": hash,
                "name": name,
                "label": label,
                "disabled": disabled,
                "limit": limit,
                "limit_remaining": limit_remaining,
                "limit_reset": limit_reset,
                "include_byok_in_limit": include_byok_in_limit,
                "usage": usage,
                "usage_daily": usage_daily,
                "usage_weekly": usage_weekly,
                "usage_monthly": usage_monthly,
                "byok_usage": byok_usage,
                "byok_usage_daily": byok_usage_daily,
                "byok_usage_weekly": byok_usage_weekly,
                "byok_usage_monthly": byok_usage_monthly,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hash = d.pop("hash")

        name = d.pop("name")

        label = d.pop("label")

        disabled = d.pop("disabled")

        limit: float | None = d.pop("limit")

        limit_remaining: float | None = d.pop("limit_remaining")

        limit_reset: None | str = d.pop("limit_reset")

        include_byok_in_limit = d.pop("include_byok_in_limit")

        usage = d.pop("usage")

        usage_daily = d.pop("usage_daily")

        usage_weekly = d.pop("usage_weekly")

        usage_monthly = d.pop("usage_monthly")

        byok_usage = d.pop("byok_usage")

        byok_usage_daily = d.pop("byok_usage_daily")

        byok_usage_weekly = d.pop("byok_usage_weekly")

        byok_usage_monthly = d.pop("byok_usage_monthly")

        created_at = d.pop("created_at")

        updated_at: None | str = d.pop("updated_at")

        expires_at: None | str | Unset = d.pop("expires_at", UNSET)

        creator_user_id: None | str | Unset = d.pop("creator_user_id", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        api_key = cls(
            hash=hash,
            name=name,
            label=label,
            disabled=disabled,
            limit=limit,
            limit_remaining=limit_remaining,
            limit_reset=limit_reset,
            include_byok_in_limit=include_byok_in_limit,
            usage=usage,
            usage_daily=usage_daily,
            usage_weekly=usage_weekly,
            usage_monthly=usage_monthly,
            byok_usage=byok_usage,
            byok_usage_daily=byok_usage_daily,
            byok_usage_weekly=byok_usage_weekly,
            byok_usage_monthly=byok_usage_monthly,
            created_at=created_at,
            updated_at=updated_at,
            expires_at=expires_at,
            creator_user_id=creator_user_id,
            workspace_id=workspace_id,
        )

        api_key.additional_properties = d
        return api_key

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
