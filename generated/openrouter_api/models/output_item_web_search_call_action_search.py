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

from ..models.output_item_web_search_call_action_search_type import (
    OutputItemWebSearchCallActionSearchType,
    check_output_item_web_search_call_action_search_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.web_search_source import WebSearchSource

_LAZY_IMPORTS = (("..models.web_search_source", "WebSearchSource"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputItemWebSearchCallActionSearch")


@_attrs_define
class OutputItemWebSearchCallActionSearch(APIModel):
    """
    Attributes:
        query (str):
        type (OutputItemWebSearchCallActionSearchType):
        queries (list[str] | Unset):
        sources (list[WebSearchSource] | Unset):
    """

    query: str
    type: OutputItemWebSearchCallActionSearchType
    queries: list[str] | Unset = UNSET
    sources: list[WebSearchSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        query = self.query

        type: str = self.type

        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
                "type": type,
            }
        )
        if queries is not UNSET:
            field_dict["queries"] = queries
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        query = d.pop("query")

        type = check_output_item_web_search_call_action_search_type(d.pop("type"))

        queries = cast(list[str], d.pop("queries", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[WebSearchSource] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = WebSearchSource.from_dict(sources_item_data)

                sources.append(sources_item)

        output_item_web_search_call_action_search = cls(
            query=query,
            type=type,
            queries=queries,
            sources=sources,
        )

        output_item_web_search_call_action_search.additional_properties = d
        return output_item_web_search_call_action_search

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
