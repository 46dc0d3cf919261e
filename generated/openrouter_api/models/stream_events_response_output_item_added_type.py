from typing import Literal

StreamEventsResponseOutputItemAddedType = Literal["response.output_item.added"]

STREAM_EVENTS_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES: set[
    StreamEventsResponseOutputItemAddedType
] = {
    "response.output_item.added",
}


def check_stream_events_response_output_item_added_type(
    value: str,
) -> StreamEventsResponseOutputItemAddedType:
    if value in STREAM_EVENTS_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_EVENTS_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES!r}"
    )
