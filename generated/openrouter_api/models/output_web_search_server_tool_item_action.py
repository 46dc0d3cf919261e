from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_web_search_server_tool_item_action_type import (
    OutputWebSearchServerToolItemActionType,
    check_output_web_search_server_tool_item_action_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.output_web_search_server_tool_item_action_sources_item import (
        OutputWebSearchServerToolItemActionSourcesItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.output_web_search_server_tool_item_action_sources_item",
        "OutputWebSearchServerToolItemActionSourcesItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OutputWebSearchServerToolItemAction")


@_attrs_define
class OutputWebSearchServerToolItemAction(APIModel):
    """
    Attributes:
        query (str):
        type (OutputWebSearchServerToolItemActionType):
        sources (list[OutputWebSearchServerToolItemActionSourcesItem] | Unset):
    """

    query: str
    type: OutputWebSearchServerToolItemActionType
    sources: list[OutputWebSearchServerToolItemActionSourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        query = self.query

        type: str = self.type

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
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        query = d.pop("query")

        type = check_output_web_search_server_tool_item_action_type(d.pop("type"))

        _sources = d.pop("sources", UNSET)
        sources: list[OutputWebSearchServerToolItemActionSourcesItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = OutputWebSearchServerToolItemActionSourcesItem.from_dict(
                    sources_item_data
                )

                sources.append(sources_item)

        output_web_search_server_tool_item_action = cls(
            query=query,
            type=type,
            sources=sources,
        )

        output_web_search_server_tool_item_action.additional_properties = d
        return output_web_search_server_tool_item_action

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
