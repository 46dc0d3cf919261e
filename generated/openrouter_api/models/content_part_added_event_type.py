from typing import Literal

ContentPartAddedEventType = Literal["response.content_part.added"]

CONTENT_PART_ADDED_EVENT_TYPE_VALUES: set[ContentPartAddedEventType] = {
    "response.content_part.added",
}


def check_content_part_added_event_type(value: str) -> ContentPartAddedEventType:
    if value in CONTENT_PART_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_PART_ADDED_EVENT_TYPE_VALUES!r}"
    )
