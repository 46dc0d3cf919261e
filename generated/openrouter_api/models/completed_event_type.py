from typing import Literal

CompletedEventType = Literal["response.completed"]

COMPLETED_EVENT_TYPE_VALUES: set[CompletedEventType] = {
    "response.completed",
}


def check_completed_event_type(value: str) -> CompletedEventType:
    if value in COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPLETED_EVENT_TYPE_VALUES!r}"
    )
