from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    overload,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.observability_arize_destination import ObservabilityArizeDestination
    from ..models.observability_braintrust_destination import (
        ObservabilityBraintrustDestination,
    )
    from ..models.observability_clickhouse_destination import (
        ObservabilityClickhouseDestination,
    )
    from ..models.observability_datadog_destination import (
        ObservabilityDatadogDestination,
    )
    from ..models.observability_grafana_destination import (
        ObservabilityGrafanaDestination,
    )
    from ..models.observability_langfuse_destination import (
        ObservabilityLangfuseDestination,
    )
    from ..models.observability_langsmith_destination import (
        ObservabilityLangsmithDestination,
    )
    from ..models.observability_newrelic_destination import (
        ObservabilityNewrelicDestination,
    )
    from ..models.observability_opik_destination import ObservabilityOpikDestination
    from ..models.observability_otel_collector_destination import (
        ObservabilityOtelCollectorDestination,
    )
    from ..models.observability_posthog_destination import (
        ObservabilityPosthogDestination,
    )
    from ..models.observability_ramp_destination import ObservabilityRampDestination
    from ..models.observability_s3_destination import ObservabilityS3Destination
    from ..models.observability_sentry_destination import ObservabilitySentryDestination
    from ..models.observability_snowflake_destination import (
        ObservabilitySnowflakeDestination,
    )
    from ..models.observability_weave_destination import ObservabilityWeaveDestination
    from ..models.observability_webhook_destination import (
        ObservabilityWebhookDestination,
    )

_LAZY_IMPORTS = (
    ("..models.observability_arize_destination", "ObservabilityArizeDestination"),
    (
        "..models.observability_braintrust_destination",
        "ObservabilityBraintrustDestination",
    ),
    (
        "..models.observability_clickhouse_destination",
        "ObservabilityClickhouseDestination",
    ),
    ("..models.observability_datadog_destination", "ObservabilityDatadogDestination"),
    ("..models.observability_grafana_destination", "ObservabilityGrafanaDestination"),
    ("..models.observability_langfuse_destination", "ObservabilityLangfuseDestination"),
    (
        "..models.observability_langsmith_destination",
        "ObservabilityLangsmithDestination",
    ),
    ("..models.observability_newrelic_destination", "ObservabilityNewrelicDestination"),
    ("..models.observability_opik_destination", "ObservabilityOpikDestination"),
    (
        "..models.observability_otel_collector_destination",
        "ObservabilityOtelCollectorDestination",
    ),
    ("..models.observability_posthog_destination", "ObservabilityPosthogDestination"),
    ("..models.observability_ramp_destination", "ObservabilityRampDestination"),
    ("..models.observability_s3_destination", "ObservabilityS3Destination"),
    ("..models.observability_sentry_destination", "ObservabilitySentryDestination"),
    (
        "..models.observability_snowflake_destination",
        "ObservabilitySnowflakeDestination",
    ),
    ("..models.observability_weave_destination", "ObservabilityWeaveDestination"),
    ("..models.observability_webhook_destination", "ObservabilityWebhookDestination"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ListObservabilityDestinationsResponse")


@_attrs_define
class ListObservabilityDestinationsResponse(APIModel):
    """
    Attributes:
        data (list[ObservabilityArizeDestination | ObservabilityBraintrustDestination |
            ObservabilityClickhouseDestination | ObservabilityDatadogDestination | ObservabilityGrafanaDestination |
            ObservabilityLangfuseDestination | ObservabilityLangsmithDestination | ObservabilityNewrelicDestination |
            ObservabilityOpikDestination | ObservabilityOtelCollectorDestination | ObservabilityPosthogDestination |
            ObservabilityRampDestination | ObservabilityS3Destination | ObservabilitySentryDestination |
            ObservabilitySnowflakeDestination | ObservabilityWeaveDestination | ObservabilityWebhookDestination]):
        total_count (int):
    """

    data: list[
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    ]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, ObservabilityArizeDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityBraintrustDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityClickhouseDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityDatadogDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityGrafanaDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityLangfuseDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityLangsmithDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityNewrelicDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityOpikDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityOtelCollectorDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityPosthogDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityRampDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityS3Destination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilitySentryDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilitySnowflakeDestination):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ObservabilityWeaveDestination):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                ObservabilityArizeDestination
                | ObservabilityBraintrustDestination
                | ObservabilityClickhouseDestination
                | ObservabilityDatadogDestination
                | ObservabilityGrafanaDestination
                | ObservabilityLangfuseDestination
                | ObservabilityLangsmithDestination
                | ObservabilityNewrelicDestination
                | ObservabilityOpikDestination
                | ObservabilityOtelCollectorDestination
                | ObservabilityPosthogDestination
                | ObservabilityRampDestination
                | ObservabilityS3Destination
                | ObservabilitySentryDestination
                | ObservabilitySnowflakeDestination
                | ObservabilityWeaveDestination
                | ObservabilityWebhookDestination
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_0 = (
                        ObservabilityArizeDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_1 = (
                        ObservabilityBraintrustDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_2 = (
                        ObservabilityClickhouseDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_3 = (
                        ObservabilityDatadogDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_4 = (
                        ObservabilityGrafanaDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_5 = (
                        ObservabilityLangfuseDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_6 = (
                        ObservabilityLangsmithDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_7 = (
                        ObservabilityNewrelicDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_8 = (
                        ObservabilityOpikDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_9 = (
                        ObservabilityOtelCollectorDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_10 = (
                        ObservabilityPosthogDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_11 = (
                        ObservabilityRampDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_12 = (
                        ObservabilityS3Destination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_13 = (
                        ObservabilitySentryDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_14 = (
                        ObservabilitySnowflakeDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_observability_destination_type_15 = (
                        ObservabilityWeaveDestination.from_dict(data)
                    )

                    return componentsschemas_observability_destination_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_observability_destination_type_16 = (
                    ObservabilityWebhookDestination.from_dict(data)
                )

                return componentsschemas_observability_destination_type_16

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        total_count = d.pop("total_count")

        list_observability_destinations_response = cls(
            data=data,
            total_count=total_count,
        )

        list_observability_destinations_response.additional_properties = d
        return list_observability_destinations_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    @overload
    def __getitem__(
        self, key: int
    ) -> (
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    ): ...
    @overload
    def __getitem__(
        self, key: slice
    ) -> list[
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    ]: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: int | slice | str) -> Any:
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __iter__(
        self,
    ) -> Iterator[
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    ]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)
