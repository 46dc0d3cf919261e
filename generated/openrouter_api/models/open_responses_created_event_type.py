from typing import Literal

OpenResponsesCreatedEventType = Literal["response.created"]

OPEN_RESPONSES_CREATED_EVENT_TYPE_VALUES: set[OpenResponsesCreatedEventType] = {
    "response.created",
}


def check_open_responses_created_event_type(
    value: str,
) -> OpenResponsesCreatedEventType:
    if value in OPEN_RESPONSES_CREATED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_RESPONSES_CREATED_EVENT_TYPE_VALUES!r}"
    )
