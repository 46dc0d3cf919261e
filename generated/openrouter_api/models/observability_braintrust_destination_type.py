from typing import Literal

ObservabilityBraintrustDestinationType = Literal["braintrust"]

OBSERVABILITY_BRAINTRUST_DESTINATION_TYPE_VALUES: set[
    ObservabilityBraintrustDestinationType
] = {
    "braintrust",
}


def check_observability_braintrust_destination_type(
    value: str,
) -> ObservabilityBraintrustDestinationType:
    if value in OBSERVABILITY_BRAINTRUST_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_BRAINTRUST_DESTINATION_TYPE_VALUES!r}"
    )
