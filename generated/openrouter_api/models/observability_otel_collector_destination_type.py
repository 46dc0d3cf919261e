from typing import Literal

ObservabilityOtelCollectorDestinationType = Literal["otel-collector"]

OBSERVABILITY_OTEL_COLLECTOR_DESTINATION_TYPE_VALUES: set[
    ObservabilityOtelCollectorDestinationType
] = {
    "otel-collector",
}


def check_observability_otel_collector_destination_type(
    value: str,
) -> ObservabilityOtelCollectorDestinationType:
    if value in OBSERVABILITY_OTEL_COLLECTOR_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_OTEL_COLLECTOR_DESTINATION_TYPE_VALUES!r}"
    )
