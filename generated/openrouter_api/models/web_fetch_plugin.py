from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_fetch_plugin_id import WebFetchPluginId, check_web_fetch_plugin_id
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="WebFetchPlugin")


@_attrs_define
class WebFetchPlugin(APIModel):
    """
    Attributes:
        id (WebFetchPluginId):
        allowed_domains (list[str] | Unset):
        blocked_domains (list[str] | Unset):
        max_content_tokens (int | Unset):
        max_uses (int | Unset):
    """

    id: WebFetchPluginId
    allowed_domains: list[str] | Unset = UNSET
    blocked_domains: list[str] | Unset = UNSET
    max_content_tokens: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        blocked_domains: list[str] | Unset = UNSET
        if not isinstance(self.blocked_domains, Unset):
            blocked_domains = self.blocked_domains

        max_content_tokens = self.max_content_tokens

        max_uses = self.max_uses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if max_content_tokens is not UNSET:
            field_dict["max_content_tokens"] = max_content_tokens
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = check_web_fetch_plugin_id(d.pop("id"))

        allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))

        blocked_domains = cast(list[str], d.pop("blocked_domains", UNSET))

        max_content_tokens = d.pop("max_content_tokens", UNSET)

        max_uses = d.pop("max_uses", UNSET)

        web_fetch_plugin = cls(
            id=id,
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            max_content_tokens=max_content_tokens,
            max_uses=max_uses,
        )

        web_fetch_plugin.additional_properties = d
        return web_fetch_plugin

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
