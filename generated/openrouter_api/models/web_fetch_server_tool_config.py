from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_fetch_engine_enum import (
    WebFetchEngineEnum,
    check_web_fetch_engine_enum,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="WebFetchServerToolConfig")


@_attrs_define
class WebFetchServerToolConfig(APIModel):
    """
    Attributes:
        allowed_domains (list[str] | Unset):
        blocked_domains (list[str] | Unset):
        engine (WebFetchEngineEnum | Unset):
        max_content_tokens (int | Unset):
        max_uses (int | Unset):
    """

    allowed_domains: list[str] | Unset = UNSET
    blocked_domains: list[str] | Unset = UNSET
    engine: WebFetchEngineEnum | Unset = UNSET
    max_content_tokens: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        blocked_domains: list[str] | Unset = UNSET
        if not isinstance(self.blocked_domains, Unset):
            blocked_domains = self.blocked_domains

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        max_content_tokens = self.max_content_tokens

        max_uses = self.max_uses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if engine is not UNSET:
            field_dict["engine"] = engine
        if max_content_tokens is not UNSET:
            field_dict["max_content_tokens"] = max_content_tokens
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))

        blocked_domains = cast(list[str], d.pop("blocked_domains", UNSET))

        _engine = d.pop("engine", UNSET)
        engine: WebFetchEngineEnum | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_web_fetch_engine_enum(_engine)

        max_content_tokens = d.pop("max_content_tokens", UNSET)

        max_uses = d.pop("max_uses", UNSET)

        web_fetch_server_tool_config = cls(
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            engine=engine,
            max_content_tokens=max_content_tokens,
            max_uses=max_uses,
        )

        web_fetch_server_tool_config.additional_properties = d
        return web_fetch_server_tool_config

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
