from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_tools_item_web_search_20250305_name import (
    MessagesRequestToolsItemWebSearch20250305Name,
    check_messages_request_tools_item_web_search_20250305_name,
)
from ..models.messages_request_tools_item_web_search_20250305_type import (
    MessagesRequestToolsItemWebSearch20250305Type,
    check_messages_request_tools_item_web_search_20250305_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_web_search_tool_user_location import (
        AnthropicWebSearchToolUserLocation,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    (
        "..models.anthropic_web_search_tool_user_location",
        "AnthropicWebSearchToolUserLocation",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesRequestToolsItemWebSearch20250305")


@_attrs_define
class MessagesRequestToolsItemWebSearch20250305(APIModel):
    """
    Attributes:
        name (MessagesRequestToolsItemWebSearch20250305Name):
        type (MessagesRequestToolsItemWebSearch20250305Type):
        allowed_domains (list[str] | None | Unset):
        blocked_domains (list[str] | None | Unset):
        cache_control (AnthropicCacheControlDirective | Unset):
        max_uses (int | None | Unset):
        user_location (AnthropicWebSearchToolUserLocation | None | Unset):
    """

    name: MessagesRequestToolsItemWebSearch20250305Name
    type: MessagesRequestToolsItemWebSearch20250305Type
    allowed_domains: list[str] | None | Unset = UNSET
    blocked_domains: list[str] | None | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    max_uses: int | None | Unset = UNSET
    user_location: AnthropicWebSearchToolUserLocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name: str = self.name

        type: str = self.type

        allowed_domains: list[str] | None | Unset
        if isinstance(self.allowed_domains, Unset):
            allowed_domains = UNSET
        elif isinstance(self.allowed_domains, list):
            allowed_domains = self.allowed_domains

        else:
            allowed_domains = self.allowed_domains

        blocked_domains: list[str] | None | Unset
        if isinstance(self.blocked_domains, Unset):
            blocked_domains = UNSET
        elif isinstance(self.blocked_domains, list):
            blocked_domains = self.blocked_domains

        else:
            blocked_domains = self.blocked_domains

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        max_uses: int | None | Unset
        if isinstance(self.max_uses, Unset):
            max_uses = UNSET
        else:
            max_uses = self.max_uses

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, AnthropicWebSearchToolUserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type,
            }
        )
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if blocked_domains is not UNSET:
            field_dict["blocked_domains"] = blocked_domains
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = check_messages_request_tools_item_web_search_20250305_name(d.pop("name"))

        type = check_messages_request_tools_item_web_search_20250305_type(d.pop("type"))

        def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_domains_type_0 = cast(list[str], data)

                return allowed_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_domains = _parse_allowed_domains(d.pop("allowed_domains", UNSET))

        def _parse_blocked_domains(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blocked_domains_type_0 = cast(list[str], data)

                return blocked_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        blocked_domains = _parse_blocked_domains(d.pop("blocked_domains", UNSET))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        max_uses: int | None | Unset = d.pop("max_uses", UNSET)

        def _parse_user_location(
            data: object,
        ) -> AnthropicWebSearchToolUserLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = AnthropicWebSearchToolUserLocation.from_dict(
                    data
                )

                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicWebSearchToolUserLocation | None | Unset, data)

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        messages_request_tools_item_web_search_20250305 = cls(
            name=name,
            type=type,
            allowed_domains=allowed_domains,
            blocked_domains=blocked_domains,
            cache_control=cache_control,
            max_uses=max_uses,
            user_location=user_location,
        )

        messages_request_tools_item_web_search_20250305.additional_properties = d
        return messages_request_tools_item_web_search_20250305

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
