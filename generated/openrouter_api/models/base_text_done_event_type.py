from typing import Literal

BaseTextDoneEventType = Literal["response.output_text.done"]

BASE_TEXT_DONE_EVENT_TYPE_VALUES: set[BaseTextDoneEventType] = {
    "response.output_text.done",
}


def check_base_text_done_event_type(value: str) -> BaseTextDoneEventType:
    if value in BASE_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
