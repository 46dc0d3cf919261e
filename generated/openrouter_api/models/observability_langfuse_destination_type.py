from typing import Literal

ObservabilityLangfuseDestinationType = Literal["langfuse"]

OBSERVABILITY_LANGFUSE_DESTINATION_TYPE_VALUES: set[
    ObservabilityLangfuseDestinationType
] = {
    "langfuse",
}


def check_observability_langfuse_destination_type(
    value: str,
) -> ObservabilityLangfuseDestinationType:
    if value in OBSERVABILITY_LANGFUSE_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_LANGFUSE_DESTINATION_TYPE_VALUES!r}"
    )
