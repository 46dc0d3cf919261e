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

from ..models.preview_web_search_server_tool_type import (
    PreviewWebSearchServerToolType,
    check_preview_web_search_server_tool_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.preview_web_search_user_location import PreviewWebSearchUserLocation
    from ..models.web_search_domain_filter import WebSearchDomainFilter

_LAZY_IMPORTS = (
    ("..models.preview_web_search_user_location", "PreviewWebSearchUserLocation"),
    ("..models.web_search_domain_filter", "WebSearchDomainFilter"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="PreviewWebSearchServerTool")


@_attrs_define
class PreviewWebSearchServerTool(APIModel):
    """
    Attributes:
        type (PreviewWebSearchServerToolType):
        engine (str | Unset): Open enum (the API adds values): known values `native`, `exa`, `parallel`, `firecrawl`,
            `perplexity`, `auto`.
        filters (None | Unset | WebSearchDomainFilter):
        max_results (int | Unset):
        max_uses (int | Unset):
        mode (str | Unset): Open enum (the API adds values): known values `instant`, `fast`, `auto`, `deep-lite`,
            `deep`, `deep-reasoning`, `turbo`, `basic`, `advanced`.
        search_context_size (str | Unset): Open enum (the API adds values): known values `low`, `medium`, `high`.
        user_location (None | PreviewWebSearchUserLocation | Unset):
    """

    type: PreviewWebSearchServerToolType
    engine: str | Unset = UNSET
    filters: None | Unset | WebSearchDomainFilter = UNSET
    max_results: int | Unset = UNSET
    max_uses: int | Unset = UNSET
    mode: str | Unset = UNSET
    search_context_size: str | Unset = UNSET
    user_location: None | PreviewWebSearchUserLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type: str = self.type

        engine = self.engine

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, WebSearchDomainFilter):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        max_results = self.max_results

        max_uses = self.max_uses

        mode = self.mode

        search_context_size = self.search_context_size

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, PreviewWebSearchUserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if engine is not UNSET:
            field_dict["engine"] = engine
        if filters is not UNSET:
            field_dict["filters"] = filters
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
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
        type = check_preview_web_search_server_tool_type(d.pop("type"))

        engine = d.pop("engine", UNSET)

        def _parse_filters(data: object) -> None | Unset | WebSearchDomainFilter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = WebSearchDomainFilter.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebSearchDomainFilter, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        max_results = d.pop("max_results", UNSET)

        max_uses = d.pop("max_uses", UNSET)

        mode = d.pop("mode", UNSET)

        search_context_size = d.pop("search_context_size", UNSET)

        def _parse_user_location(
            data: object,
        ) -> None | PreviewWebSearchUserLocation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = PreviewWebSearchUserLocation.from_dict(data)

                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreviewWebSearchUserLocation | Unset, data)

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        preview_web_search_server_tool = cls(
            type=type,
            engine=engine,
            filters=filters,
            max_results=max_results,
            max_uses=max_uses,
            mode=mode,
            search_context_size=search_context_size,
            user_location=user_location,
        )

        preview_web_search_server_tool.additional_properties = d
        return preview_web_search_server_tool

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
