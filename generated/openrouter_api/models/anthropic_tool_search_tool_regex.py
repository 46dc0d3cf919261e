from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_allowed_callers_item import (
    AnthropicAllowedCallersItem,
    check_anthropic_allowed_callers_item,
)
from ..models.anthropic_tool_search_tool_regex_name import (
    AnthropicToolSearchToolRegexName,
    check_anthropic_tool_search_tool_regex_name,
)
from ..models.anthropic_tool_search_tool_regex_type import (
    AnthropicToolSearchToolRegexType,
    check_anthropic_tool_search_tool_regex_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicToolSearchToolRegex")


@_attrs_define
class AnthropicToolSearchToolRegex(APIModel):
    """
    Attributes:
        name (AnthropicToolSearchToolRegexName):
        type (AnthropicToolSearchToolRegexType):
        allowed_callers (list[AnthropicAllowedCallersItem] | Unset):
        cache_control (AnthropicCacheControlDirective | Unset):
        defer_loading (bool | Unset):
        strict (bool | Unset):
    """

    name: AnthropicToolSearchToolRegexName
    type: AnthropicToolSearchToolRegexType
    allowed_callers: list[AnthropicAllowedCallersItem] | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name: str = self.name

        type: str = self.type

        allowed_callers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_callers, Unset):
            allowed_callers = []
            for (
                componentsschemas_anthropic_allowed_callers_item_data
            ) in self.allowed_callers:
                componentsschemas_anthropic_allowed_callers_item: str = (
                    componentsschemas_anthropic_allowed_callers_item_data
                )
                allowed_callers.append(componentsschemas_anthropic_allowed_callers_item)

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        defer_loading = self.defer_loading

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = check_anthropic_tool_search_tool_regex_name(d.pop("name"))

        type = check_anthropic_tool_search_tool_regex_type(d.pop("type"))

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[AnthropicAllowedCallersItem] | Unset = UNSET
        if _allowed_callers is not UNSET:
            allowed_callers = []
            for (
                componentsschemas_anthropic_allowed_callers_item_data
            ) in _allowed_callers:
                componentsschemas_anthropic_allowed_callers_item = (
                    check_anthropic_allowed_callers_item(
                        componentsschemas_anthropic_allowed_callers_item_data
                    )
                )

                allowed_callers.append(componentsschemas_anthropic_allowed_callers_item)

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        defer_loading = d.pop("defer_loading", UNSET)

        strict = d.pop("strict", UNSET)

        anthropic_tool_search_tool_regex = cls(
            name=name,
            type=type,
            allowed_callers=allowed_callers,
            cache_control=cache_control,
            defer_loading=defer_loading,
            strict=strict,
        )

        anthropic_tool_search_tool_regex.additional_properties = d
        return anthropic_tool_search_tool_regex

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
