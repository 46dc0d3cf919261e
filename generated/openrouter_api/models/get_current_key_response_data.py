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
    from ..models.get_current_key_response_data_rate_limit import (
        GetCurrentKeyResponseDataRateLimit,
    )

_LAZY_IMPORTS = (
    (
        "..models.get_current_key_response_data_rate_limit",
        "GetCurrentKeyResponseDataRateLimit",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="GetCurrentKeyResponseData")


@_attrs_define
class GetCurrentKeyResponseData(APIModel):
    """
    Attributes:
        byok_usage (float):
        byok_usage_daily (float):
        byok_usage_monthly (float):
        byok_usage_weekly (float):
        include_byok_in_limit (bool):
        is_free_tier (bool):
        is_management_key (bool):
        label (str):
        limit (float | None):
        limit_remaining (float | None):
        limit_reset (None | str):
        usage (float):
        usage_daily (float):
        usage_monthly (float):
        usage_weekly (float):
        creator_user_id (None | str | Unset):
        expires_at (None | str | Unset):
        is_provisioning_key (bool | Unset):
        rate_limit (GetCurrentKeyResponseDataRateLimit | Unset):
    """

    byok_usage: float
    byok_usage_daily: float
    byok_usage_monthly: float
    byok_usage_weekly: float
    include_byok_in_limit: bool
    is_free_tier: bool
    is_management_key: bool
    label: str
    limit: float | None
    limit_remaining: float | None
    limit_reset: None | str
    usage: float
    usage_daily: float
    usage_monthly: float
    usage_weekly: float
    creator_user_id: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    is_provisioning_key: bool | Unset = UNSET
    rate_limit: GetCurrentKeyResponseDataRateLimit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        byok_usage = self.byok_usage

        byok_usage_daily = self.byok_usage_daily

        byok_usage_monthly = self.byok_usage_monthly

        byok_usage_weekly = self.byok_usage_weekly

        include_byok_in_limit = self.include_byok_in_limit

        is_free_tier = self.is_free_tier

        is_management_key = self.is_management_key

        label = self.label

        limit: float | None
        limit = self.limit

        limit_remaining: float | None
        limit_remaining = self.limit_remaining

        limit_reset: None | str
        limit_reset = self.limit_reset

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

        is_provisioning_key = self.is_provisioning_key

        rate_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limit, Unset):
            rate_limit = self.rate_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "byok_usage": byok_usage,
                "byok_usage_daily": byok_usage_daily,
                "byok_usage_monthly": byok_usage_monthly,
                "byok_usage_weekly": byok_usage_weekly,
                "include_byok_in_limit": include_byok_in_limit,
                "is_free_tier": is_free_tier,
                "is_management_key": is_management_key,
                "label": label,
                "limit": limit,
                "limit_remaining": limit_remaining,
                "limit_reset": limit_reset,
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
        if is_provisioning_key is not UNSET:
            field_dict["is_provisioning_key"] = is_provisioning_key
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        byok_usage = d.pop("byok_usage")

        byok_usage_daily = d.pop("byok_usage_daily")

        byok_usage_monthly = d.pop("byok_usage_monthly")

        byok_usage_weekly = d.pop("byok_usage_weekly")

        include_byok_in_limit = d.pop("include_byok_in_limit")

        is_free_tier = d.pop("is_free_tier")

        is_management_key = d.pop("is_management_key")

        label = d.pop("label")

        limit: float | None = d.pop("limit")

        limit_remaining: float | None = d.pop("limit_remaining")

        limit_reset: None | str = d.pop("limit_reset")

        usage = d.pop("usage")

        usage_daily = d.pop("usage_daily")

        usage_monthly = d.pop("usage_monthly")

        usage_weekly = d.pop("usage_weekly")

        creator_user_id: None | str | Unset = d.pop("creator_user_id", UNSET)

        expires_at: None | str | Unset = d.pop("expires_at", UNSET)

        is_provisioning_key = d.pop("is_provisioning_key", UNSET)

        _rate_limit = d.pop("rate_limit", UNSET)
        rate_limit: GetCurrentKeyResponseDataRateLimit | Unset
        if isinstance(_rate_limit, Unset):
            rate_limit = UNSET
        else:
            rate_limit = GetCurrentKeyResponseDataRateLimit.from_dict(_rate_limit)

        get_current_key_response_data = cls(
            byok_usage=byok_usage,
            byok_usage_daily=byok_usage_daily,
            byok_usage_monthly=byok_usage_monthly,
            byok_usage_weekly=byok_usage_weekly,
            include_byok_in_limit=include_byok_in_limit,
            is_free_tier=is_free_tier,
            is_management_key=is_management_key,
            label=label,
            limit=limit,
            limit_remaining=limit_remaining,
            limit_reset=limit_reset,
            usage=usage,
            usage_daily=usage_daily,
            usage_monthly=usage_monthly,
            usage_weekly=usage_weekly,
            creator_user_id=creator_user_id,
            expires_at=expires_at,
            is_provisioning_key=is_provisioning_key,
            rate_limit=rate_limit,
        )

        get_current_key_response_data.additional_properties = d
        return get_current_key_response_data

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
