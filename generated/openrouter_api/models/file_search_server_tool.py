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

from ..models.file_search_server_tool_type import (
    FileSearchServerToolType,
    check_file_search_server_tool_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.compound_filter import CompoundFilter
    from ..models.file_search_server_tool_filters_variant_0 import (
        FileSearchServerToolFiltersVariant0,
    )
    from ..models.file_search_server_tool_ranking_options import (
        FileSearchServerToolRankingOptions,
    )

_LAZY_IMPORTS = (
    ("..models.compound_filter", "CompoundFilter"),
    (
        "..models.file_search_server_tool_filters_variant_0",
        "FileSearchServerToolFiltersVariant0",
    ),
    (
        "..models.file_search_server_tool_ranking_options",
        "FileSearchServerToolRankingOptions",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="FileSearchServerTool")


@_attrs_define
class FileSearchServerTool(APIModel):
    """
    Attributes:
        type (FileSearchServerToolType):
        vector_store_ids (list[str]):
        filters (CompoundFilter | FileSearchServerToolFiltersVariant0 | None | Unset):
        max_num_results (int | Unset):
        ranking_options (FileSearchServerToolRankingOptions | Unset):
    """

    type: FileSearchServerToolType
    vector_store_ids: list[str]
    filters: CompoundFilter | FileSearchServerToolFiltersVariant0 | None | Unset = UNSET
    max_num_results: int | Unset = UNSET
    ranking_options: FileSearchServerToolRankingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type: str = self.type

        vector_store_ids = self.vector_store_ids

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, FileSearchServerToolFiltersVariant0):
            filters = self.filters.to_dict()
        elif isinstance(self.filters, CompoundFilter):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        max_num_results = self.max_num_results

        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "vector_store_ids": vector_store_ids,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type = check_file_search_server_tool_type(d.pop("type"))

        vector_store_ids = cast(list[str], d.pop("vector_store_ids"))

        def _parse_filters(
            data: object,
        ) -> CompoundFilter | FileSearchServerToolFiltersVariant0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = FileSearchServerToolFiltersVariant0.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_1 = CompoundFilter.from_dict(data)

                return filters_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CompoundFilter | FileSearchServerToolFiltersVariant0 | None | Unset,
                data,
            )

        filters = _parse_filters(d.pop("filters", UNSET))

        max_num_results = d.pop("max_num_results", UNSET)

        _ranking_options = d.pop("ranking_options", UNSET)
        ranking_options: FileSearchServerToolRankingOptions | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = FileSearchServerToolRankingOptions.from_dict(
                _ranking_options
            )

        file_search_server_tool = cls(
            type=type,
            vector_store_ids=vector_store_ids,
            filters=filters,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
        )

        file_search_server_tool.additional_properties = d
        return file_search_server_tool

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
