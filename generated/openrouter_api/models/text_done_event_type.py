from typing import Literal

TextDoneEventType = Literal["response.output_text.done"]

TEXT_DONE_EVENT_TYPE_VALUES: set[TextDoneEventType] = {
    "response.output_text.done",
}


def check_text_done_event_type(value: str) -> TextDoneEventType:
    if value in TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
