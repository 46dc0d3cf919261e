from typing import Literal

IncompleteEventType = Literal["response.incomplete"]

INCOMPLETE_EVENT_TYPE_VALUES: set[IncompleteEventType] = {
    "response.incomplete",
}


def check_incomplete_event_type(value: str) -> IncompleteEventType:
    if value in INCOMPLETE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INCOMPLETE_EVENT_TYPE_VALUES!r}"
    )
