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

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.query_analytics_request_classifier_dimensions import (
        QueryAnalyticsRequestClassifierDimensions,
    )
    from ..models.query_analytics_request_classifier_filters import (
        QueryAnalyticsRequestClassifierFilters,
    )
    from ..models.query_analytics_request_filters_item import (
        QueryAnalyticsRequestFiltersItem,
    )
    from ..models.query_analytics_request_order_by import QueryAnalyticsRequestOrderBy
    from ..models.query_analytics_request_time_range import (
        QueryAnalyticsRequestTimeRange,
    )

_LAZY_IMPORTS = (
    (
        "..models.query_analytics_request_classifier_dimensions",
        "QueryAnalyticsRequestClassifierDimensions",
    ),
    (
        "..models.query_analytics_request_classifier_filters",
        "QueryAnalyticsRequestClassifierFilters",
    ),
    (
        "..models.query_analytics_request_filters_item",
        "QueryAnalyticsRequestFiltersItem",
    ),
    ("..models.query_analytics_request_order_by", "QueryAnalyticsRequestOrderBy"),
    ("..models.query_analytics_request_time_range", "QueryAnalyticsRequestTimeRange"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="QueryAnalyticsRequest")


@_attrs_define
class QueryAnalyticsRequest(APIModel):
    """
    Attributes:
        metrics (list[str]):
        classifier_dimensions (QueryAnalyticsRequestClassifierDimensions | Unset):
        classifier_filters (QueryAnalyticsRequestClassifierFilters | Unset):
        dimensions (list[str] | Unset):
        filters (list[QueryAnalyticsRequestFiltersItem] | Unset):
        granularity (str | Unset):
        group_limit (int | Unset):
        limit (int | Unset):
        order_by (QueryAnalyticsRequestOrderBy | Unset):
        time_range (QueryAnalyticsRequestTimeRange | Unset):
    """

    metrics: list[str]
    classifier_dimensions: QueryAnalyticsRequestClassifierDimensions | Unset = UNSET
    classifier_filters: QueryAnalyticsRequestClassifierFilters | Unset = UNSET
    dimensions: list[str] | Unset = UNSET
    filters: list[QueryAnalyticsRequestFiltersItem] | Unset = UNSET
    granularity: str | Unset = UNSET
    group_limit: int | Unset = UNSET
    limit: int | Unset = UNSET
    order_by: QueryAnalyticsRequestOrderBy | Unset = UNSET
    time_range: QueryAnalyticsRequestTimeRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        metrics = self.metrics

        classifier_dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifier_dimensions, Unset):
            classifier_dimensions = self.classifier_dimensions.to_dict()

        classifier_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifier_filters, Unset):
            classifier_filters = self.classifier_filters.to_dict()

        dimensions: list[str] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        granularity = self.granularity

        group_limit = self.group_limit

        limit = self.limit

        order_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = self.order_by.to_dict()

        time_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_range, Unset):
            time_range = self.time_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
            }
        )
        if classifier_dimensions is not UNSET:
            field_dict["classifier_dimensions"] = classifier_dimensions
        if classifier_filters is not UNSET:
            field_dict["classifier_filters"] = classifier_filters
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if filters is not UNSET:
            field_dict["filters"] = filters
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if group_limit is not UNSET:
            field_dict["group_limit"] = group_limit
        if limit is not UNSET:
            field_dict["limit"] = limit
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if time_range is not UNSET:
            field_dict["time_range"] = time_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        metrics = cast(list[str], d.pop("metrics"))

        _classifier_dimensions = d.pop("classifier_dimensions", UNSET)
        classifier_dimensions: QueryAnalyticsRequestClassifierDimensions | Unset
        if isinstance(_classifier_dimensions, Unset):
            classifier_dimensions = UNSET
        else:
            classifier_dimensions = QueryAnalyticsRequestClassifierDimensions.from_dict(
                _classifier_dimensions
            )

        _classifier_filters = d.pop("classifier_filters", UNSET)
        classifier_filters: QueryAnalyticsRequestClassifierFilters | Unset
        if isinstance(_classifier_filters, Unset):
            classifier_filters = UNSET
        else:
            classifier_filters = QueryAnalyticsRequestClassifierFilters.from_dict(
                _classifier_filters
            )

        dimensions = cast(list[str], d.pop("dimensions", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[QueryAnalyticsRequestFiltersItem] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = QueryAnalyticsRequestFiltersItem.from_dict(
                    filters_item_data
                )

                filters.append(filters_item)

        granularity = d.pop("granularity", UNSET)

        group_limit = d.pop("group_limit", UNSET)

        limit = d.pop("limit", UNSET)

        _order_by = d.pop("order_by", UNSET)
        order_by: QueryAnalyticsRequestOrderBy | Unset
        if isinstance(_order_by, Unset):
            order_by = UNSET
        else:
            order_by = QueryAnalyticsRequestOrderBy.from_dict(_order_by)

        _time_range = d.pop("time_range", UNSET)
        time_range: QueryAnalyticsRequestTimeRange | Unset
        if isinstance(_time_range, Unset):
            time_range = UNSET
        else:
            time_range = QueryAnalyticsRequestTimeRange.from_dict(_time_range)

        query_analytics_request = cls(
            metrics=metrics,
            classifier_dimensions=classifier_dimensions,
            classifier_filters=classifier_filters,
            dimensions=dimensions,
            filters=filters,
            granularity=granularity,
            group_limit=group_limit,
            limit=limit,
            order_by=order_by,
            time_range=time_range,
        )

        query_analytics_request.additional_properties = d
        return query_analytics_request

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
