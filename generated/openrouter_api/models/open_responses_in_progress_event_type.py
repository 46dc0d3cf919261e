from typing import Literal

OpenResponsesInProgressEventType = Literal["response.in_progress"]

OPEN_RESPONSES_IN_PROGRESS_EVENT_TYPE_VALUES: set[OpenResponsesInProgressEventType] = {
    "response.in_progress",
}


def check_open_responses_in_progress_event_type(
    value: str,
) -> OpenResponsesInProgressEventType:
    if value in OPEN_RESPONSES_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_RESPONSES_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
