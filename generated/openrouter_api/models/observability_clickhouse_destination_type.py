from typing import Literal

ObservabilityClickhouseDestinationType = Literal["clickhouse"]

OBSERVABILITY_CLICKHOUSE_DESTINATION_TYPE_VALUES: set[
    ObservabilityClickhouseDestinationType
] = {
    "clickhouse",
}


def check_observability_clickhouse_destination_type(
    value: str,
) -> ObservabilityClickhouseDestinationType:
    if value in OBSERVABILITY_CLICKHOUSE_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_CLICKHOUSE_DESTINATION_TYPE_VALUES!r}"
    )
