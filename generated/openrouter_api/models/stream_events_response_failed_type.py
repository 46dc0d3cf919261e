from typing import Literal

StreamEventsResponseFailedType = Literal["response.failed"]

STREAM_EVENTS_RESPONSE_FAILED_TYPE_VALUES: set[StreamEventsResponseFailedType] = {
    "response.failed",
}


def check_stream_events_response_failed_type(
    value: str,
) -> StreamEventsResponseFailedType:
    if value in STREAM_EVENTS_RESPONSE_FAILED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_EVENTS_RESPONSE_FAILED_TYPE_VALUES!r}"
    )
