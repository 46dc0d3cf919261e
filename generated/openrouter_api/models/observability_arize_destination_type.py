from typing import Literal

ObservabilityArizeDestinationType = Literal["arize"]

OBSERVABILITY_ARIZE_DESTINATION_TYPE_VALUES: set[ObservabilityArizeDestinationType] = {
    "arize",
}


def check_observability_arize_destination_type(
    value: str,
) -> ObservabilityArizeDestinationType:
    if value in OBSERVABILITY_ARIZE_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_ARIZE_DESTINATION_TYPE_VALUES!r}"
    )
