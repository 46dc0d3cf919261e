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

from ..models.search_quality_level import SearchQualityLevel, check_search_quality_level
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.web_search_user_location_server_tool import (
        WebSearchUserLocationServerTool,
    )

_LAZY_IMPORTS = (
    (
        "..models.web_search_user_location_server_tool",
        "WebSearchUserLocationServerTool",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="WebSearchServerToolConfig")


@_attrs_define
class WebSearchServerToolConfig(APIModel):
    """
    Attributes:
        allowed_domains (list[str] | Unset):
        engine (str | Unset): Open enum (the API adds values): known values `native`, `exa`, `parallel`, `firecrawl`,
            `perplexity`, `auto`.
        excluded_domains (list[str] | Unset):
        max_characters (int | Unset):
        max_results (int | Unset):
        max_total_results (int | Unset):
        max_uses (int | Unset):
        mode (str | Unset): Open enum (the API adds values): known values `instant`, `fast`, `auto`, `deep-lite`,
            `deep`, `deep-reasoning`, `turbo`, `basic`, `advanced`.
        search_context_size (SearchQualityLevel | Unset):
        user_location (WebSearchUserLocationServerTool | Unset):
    """

    allowed_domains: list[str] | Unset = UNSET
    engine: str | Unset = UNSET
    excluded_domains: list[str] | Unset = UNSET
    max_characters: int | Unset = UNSET
    max_results: int | Unset = UNSET
    max_total_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    mode: str | Unset = UNSET
    search_context_size: SearchQualityLevel | Unset = UNSET
    user_location: WebSearchUserLocationServerTool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        engine = self.engine

        excluded_domains: list[str] | Unset = UNSET
        if not isinstance(self.excluded_domains, Unset):
            excluded_domains = self.excluded_domains

        max_characters = self.max_characters

        max_results = self.max_results

        max_total_results = self.max_total_results

        max_uses = self.max_uses

        mode = self.mode

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size

        user_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_location, Unset):
            user_location = self.user_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains
        if engine is not UNSET:
            field_dict["engine"] = engine
        if excluded_domains is not UNSET:
            field_dict["excluded_domains"] = excluded_domains
        if max_characters is not UNSET:
            field_dict["max_characters"] = max_characters
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_total_results is not UNSET:
            field_dict["max_total_results"] = max_total_results
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if mode is not UNSET:
            field_dict["mode"] = mode
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        allowed_domains = cast(list[str], d.pop("allowed_domains", UNSET))

        engine = d.pop("engine", UNSET)

        excluded_domains = cast(list[str], d.pop("excluded_domains", UNSET))

        max_characters = d.pop("max_characters", UNSET)

        max_results = d.pop("max_results", UNSET)

        max_total_results = d.pop("max_total_results", UNSET)

        max_uses = d.pop("max_uses", UNSET)

        mode = d.pop("mode", UNSET)

        _search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: SearchQualityLevel | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = check_search_quality_level(_search_context_size)

        _user_location = d.pop("user_location", UNSET)
        user_location: WebSearchUserLocationServerTool | Unset
        if isinstance(_user_location, Unset):
            user_location = UNSET
        else:
            user_location = WebSearchUserLocationServerTool.from_dict(_user_location)

        web_search_server_tool_config = cls(
            allowed_domains=allowed_domains,
            engine=engine,
            excluded_domains=excluded_domains,
            max_characters=max_characters,
            max_results=max_results,
            max_total_results=max_total_results,
            max_uses=max_uses,
            mode=mode,
            search_context_size=search_context_size,
            user_location=user_location,
        )

        web_search_server_tool_config.additional_properties = d
        return web_search_server_tool_config

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
