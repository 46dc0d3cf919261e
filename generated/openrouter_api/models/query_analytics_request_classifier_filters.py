from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.query_analytics_request_classifier_filters_filters_item import (
        QueryAnalyticsRequestClassifierFiltersFiltersItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.query_analytics_request_classifier_filters_filters_item",
        "QueryAnalyticsRequestClassifierFiltersFiltersItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="QueryAnalyticsRequestClassifierFilters")


@_attrs_define
class QueryAnalyticsRequestClassifierFilters(APIModel):
    """
    Attributes:
        classifier_id (UUID):
        filters (list[QueryAnalyticsRequestClassifierFiltersFiltersItem]):
    """

    classifier_id: UUID
    filters: list[QueryAnalyticsRequestClassifierFiltersFiltersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        classifier_id = str(self.classifier_id)

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "classifier_id": classifier_id,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        classifier_id = UUID(d.pop("classifier_id"))

        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = QueryAnalyticsRequestClassifierFiltersFiltersItem.from_dict(
                filters_item_data
            )

            filters.append(filters_item)

        query_analytics_request_classifier_filters = cls(
            classifier_id=classifier_id,
            filters=filters,
        )

        query_analytics_request_classifier_filters.additional_properties = d
        return query_analytics_request_classifier_filters

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
