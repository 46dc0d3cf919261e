from typing import Literal

StreamEventsResponseCompletedType = Literal["response.completed"]

STREAM_EVENTS_RESPONSE_COMPLETED_TYPE_VALUES: set[StreamEventsResponseCompletedType] = {
    "response.completed",
}


def check_stream_events_response_completed_type(
    value: str,
) -> StreamEventsResponseCompletedType:
    if value in STREAM_EVENTS_RESPONSE_COMPLETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_EVENTS_RESPONSE_COMPLETED_TYPE_VALUES!r}"
    )
