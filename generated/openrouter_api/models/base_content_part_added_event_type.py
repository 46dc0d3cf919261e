from typing import Literal

BaseContentPartAddedEventType = Literal["response.content_part.added"]

BASE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES: set[BaseContentPartAddedEventType] = {
    "response.content_part.added",
}


def check_base_content_part_added_event_type(
    value: str,
) -> BaseContentPartAddedEventType:
    if value in BASE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_CONTENT_PART_ADDED_EVENT_TYPE_VALUES!r}"
    )
