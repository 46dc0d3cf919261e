from typing import Literal

FailedEventType = Literal["response.failed"]

FAILED_EVENT_TYPE_VALUES: set[FailedEventType] = {
    "response.failed",
}


def check_failed_event_type(value: str) -> FailedEventType:
    if value in FAILED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAILED_EVENT_TYPE_VALUES!r}"
    )
