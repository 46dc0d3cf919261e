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

from ..models.web_search_engine import WebSearchEngine, check_web_search_engine
from ..models.web_search_plugin_id import WebSearchPluginId, check_web_search_plugin_id
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.web_search_plugin_user_location import WebSearchPluginUserLocation

_LAZY_IMPORTS = (
    ("..models.web_search_plugin_user_location", "WebSearchPluginUserLocation"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="WebSearchPlugin")


@_attrs_define
class WebSearchPlugin(APIModel):
    """
    Attributes:
        id (WebSearchPluginId):
        enabled (bool | Unset):
        engine (WebSearchEngine | Unset):
        exclude_domains (list[str] | Unset):
        include_domains (list[str] | Unset):
        max_results (int | Unset):
        max_uses (int | Unset):
        mode (str | Unset): Open enum (the API adds values): known values `instant`, `fast`, `auto`, `deep-lite`,
            `deep`, `deep-reasoning`, `turbo`, `basic`, `advanced`.
        search_prompt (str | Unset):
        user_location (WebSearchPluginUserLocation | Unset):
    """

    id: WebSearchPluginId
    enabled: bool | Unset = UNSET
    engine: WebSearchEngine | Unset = UNSET
    exclude_domains: list[str] | Unset = UNSET
    include_domains: list[str] | Unset = UNSET
    max_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    mode: str | Unset = UNSET
    search_prompt: str | Unset = UNSET
    user_location: WebSearchPluginUserLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id: str = self.id

        enabled = self.enabled

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        exclude_domains: list[str] | Unset = UNSET
        if not isinstance(self.exclude_domains, Unset):
            exclude_domains = self.exclude_domains

        include_domains: list[str] | Unset = UNSET
        if not isinstance(self.include_domains, Unset):
            include_domains = self.include_domains

        max_results = self.max_results

        max_uses = self.max_uses

        mode = self.mode

        search_prompt = self.search_prompt

        user_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_location, Unset):
            user_location = self.user_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if engine is not UNSET:
            field_dict["engine"] = engine
        if exclude_domains is not UNSET:
            field_dict["exclude_domains"] = exclude_domains
        if include_domains is not UNSET:
            field_dict["include_domains"] = include_domains
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if max_uses is not UNSET:
            field_dict["max_uses"] = max_uses
        if mode is not UNSET:
            field_dict["mode"] = mode
        if search_prompt is not UNSET:
            field_dict["search_prompt"] = search_prompt
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = check_web_search_plugin_id(d.pop("id"))

        enabled = d.pop("enabled", UNSET)

        _engine = d.pop("engine", UNSET)
        engine: WebSearchEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_web_search_engine(_engine)

        exclude_domains = cast(list[str], d.pop("exclude_domains", UNSET))

        include_domains = cast(list[str], d.pop("include_domains", UNSET))

        max_results = d.pop("max_results", UNSET)

        max_uses = d.pop("max_uses", UNSET)

        mode = d.pop("mode", UNSET)

        search_prompt = d.pop("search_prompt", UNSET)

        _user_location = d.pop("user_location", UNSET)
        user_location: WebSearchPluginUserLocation | Unset
        if isinstance(_user_location, Unset):
            user_location = UNSET
        else:
            user_location = WebSearchPluginUserLocation.from_dict(_user_location)

        web_search_plugin = cls(
            id=id,
            enabled=enabled,
            engine=engine,
            exclude_domains=exclude_domains,
            include_domains=include_domains,
            max_results=max_results,
            max_uses=max_uses,
            mode=mode,
            search_prompt=search_prompt,
            user_location=user_location,
        )

        web_search_plugin.additional_properties = d
        return web_search_plugin

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
