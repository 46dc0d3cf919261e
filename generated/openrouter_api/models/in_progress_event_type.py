from typing import Literal

InProgressEventType = Literal["response.in_progress"]

IN_PROGRESS_EVENT_TYPE_VALUES: set[InProgressEventType] = {
    "response.in_progress",
}


def check_in_progress_event_type(value: str) -> InProgressEventType:
    if value in IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
