from typing import Literal

ObservabilityLangsmithDestinationType = Literal["langsmith"]

OBSERVABILITY_LANGSMITH_DESTINATION_TYPE_VALUES: set[
    ObservabilityLangsmithDestinationType
] = {
    "langsmith",
}


def check_observability_langsmith_destination_type(
    value: str,
) -> ObservabilityLangsmithDestinationType:
    if value in OBSERVABILITY_LANGSMITH_DESTINATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVABILITY_LANGSMITH_DESTINATION_TYPE_VALUES!r}"
    )
