from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.get_analytics_meta_response_data_dimensions_item import (
        GetAnalyticsMetaResponseDataDimensionsItem,
    )
    from ..models.get_analytics_meta_response_data_granularities_item import (
        GetAnalyticsMetaResponseDataGranularitiesItem,
    )
    from ..models.get_analytics_meta_response_data_metrics_item import (
        GetAnalyticsMetaResponseDataMetricsItem,
    )
    from ..models.get_analytics_meta_response_data_operators_item import (
        GetAnalyticsMetaResponseDataOperatorsItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.get_analytics_meta_response_data_dimensions_item",
        "GetAnalyticsMetaResponseDataDimensionsItem",
    ),
    (
        "..models.get_analytics_meta_response_data_granularities_item",
        "GetAnalyticsMetaResponseDataGranularitiesItem",
    ),
    (
        "..models.get_analytics_meta_response_data_metrics_item",
        "GetAnalyticsMetaResponseDataMetricsItem",
    ),
    (
        "..models.get_analytics_meta_response_data_operators_item",
        "GetAnalyticsMetaResponseDataOperatorsItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="GetAnalyticsMetaResponseData")


@_attrs_define
class GetAnalyticsMetaResponseData(APIModel):
    """
    Attributes:
        dimensions (list[GetAnalyticsMetaResponseDataDimensionsItem]):
        granularities (list[GetAnalyticsMetaResponseDataGranularitiesItem]):
        metrics (list[GetAnalyticsMetaResponseDataMetricsItem]):
        operators (list[GetAnalyticsMetaResponseDataOperatorsItem]):
    """

    dimensions: list[GetAnalyticsMetaResponseDataDimensionsItem]
    granularities: list[GetAnalyticsMetaResponseDataGranularitiesItem]
    metrics: list[GetAnalyticsMetaResponseDataMetricsItem]
    operators: list[GetAnalyticsMetaResponseDataOperatorsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        dimensions = []
        for dimensions_item_data in self.dimensions:
            dimensions_item = dimensions_item_data.to_dict()
            dimensions.append(dimensions_item)

        granularities = []
        for granularities_item_data in self.granularities:
            granularities_item = granularities_item_data.to_dict()
            granularities.append(granularities_item)

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        operators = []
        for operators_item_data in self.operators:
            operators_item = operators_item_data.to_dict()
            operators.append(operators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimensions": dimensions,
                "granularities": granularities,
                "metrics": metrics,
                "operators": operators,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        dimensions = []
        _dimensions = d.pop("dimensions")
        for dimensions_item_data in _dimensions:
            dimensions_item = GetAnalyticsMetaResponseDataDimensionsItem.from_dict(
                dimensions_item_data
            )

            dimensions.append(dimensions_item)

        granularities = []
        _granularities = d.pop("granularities")
        for granularities_item_data in _granularities:
            granularities_item = (
                GetAnalyticsMetaResponseDataGranularitiesItem.from_dict(
                    granularities_item_data
                )
            )

            granularities.append(granularities_item)

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = GetAnalyticsMetaResponseDataMetricsItem.from_dict(
                metrics_item_data
            )

            metrics.append(metrics_item)

        operators = []
        _operators = d.pop("operators")
        for operators_item_data in _operators:
            operators_item = GetAnalyticsMetaResponseDataOperatorsItem.from_dict(
                operators_item_data
            )

            operators.append(operators_item)

        get_analytics_meta_response_data = cls(
            dimensions=dimensions,
            granularities=granularities,
            metrics=metrics,
            operators=operators,
        )

        get_analytics_meta_response_data.additional_properties = d
        return get_analytics_meta_response_data

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
