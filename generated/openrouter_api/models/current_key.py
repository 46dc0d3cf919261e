from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.key_rate_limit import KeyRateLimit

_LAZY_IMPORTS = (("..models.key_rate_limit", "KeyRateLimit"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CurrentKey")


@_attrs_define
class CurrentKey(APIModel):
    """
    Attributes:
        label (str):
        limit (float | None):
        limit_remaining (float | None):
        limit_reset (None | str): daily, weekly, monthly or null.
        include_byok_in_limit (bool):
        usage (float):
        usage_daily (float):
        usage_weekly (float):
        usage_monthly (float):
        byok_usage (float):
        byok_usage_daily (float):
        byok_usage_weekly (float):
        byok_usage_monthly (float):
        is_free_tier (bool):
        is_management_key (bool):
        is_provisioning_key (bool | Unset):
        creator_user_id (None | str | Unset):
        expires_at (None | str | Unset): ISO-8601 date-time (kept a string so bodies round-trip unchanged).
        rate_limit (KeyRateLimit | Unset):
    """

    label: str
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
    is_free_tier: bool
    is_management_key: bool
    is_provisioning_key: bool | Unset = UNSET
    creator_user_id: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    rate_limit: KeyRateLimit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        label = self.label

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

        is_free_tier = self.is_free_tier

        is_management_key = self.is_management_key

        is_provisioning_key = self.is_provisioning_key

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

        rate_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limit, Unset):
            rate_limit = self.rate_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
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
                "is_free_tier": is_free_tier,
                "is_management_key": is_management_key,
            }
        )
        if is_provisioning_key is not UNSET:
            field_dict["is_provisioning_key"] = is_provisioning_key
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        label = d.pop("label")

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

        is_free_tier = d.pop("is_free_tier")

        is_management_key = d.pop("is_management_key")

        is_provisioning_key = d.pop("is_provisioning_key", UNSET)

        creator_user_id: None | str | Unset = d.pop("creator_user_id", UNSET)

        expires_at: None | str | Unset = d.pop("expires_at", UNSET)

        _rate_limit = d.pop("rate_limit", UNSET)
        rate_limit: KeyRateLimit | Unset
        if isinstance(_rate_limit, Unset):
            rate_limit = UNSET
        else:
            rate_limit = KeyRateLimit.from_dict(_rate_limit)

        current_key = cls(
            label=label,
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
            is_free_tier=is_free_tier,
            is_management_key=is_management_key,
            is_provisioning_key=is_provisioning_key,
            creator_user_id=creator_user_id,
            expires_at=expires_at,
            rate_limit=rate_limit,
        )

        current_key.additional_properties = d
        return current_key

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
