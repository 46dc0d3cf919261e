from typing import Literal

BaseContentPartDoneEventType = Literal["response.content_part.done"]

BASE_CONTENT_PART_DONE_EVENT_TYPE_VALUES: set[BaseContentPartDoneEventType] = {
    "response.content_part.done",
}


def check_base_content_part_done_event_type(value: str) -> BaseContentPartDoneEventType:
    if value in BASE_CONTENT_PART_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_CONTENT_PART_DONE_EVENT_TYPE_VALUES!r}"
    )
