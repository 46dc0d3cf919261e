from typing import Literal

TextDeltaEventType = Literal["response.output_text.delta"]

TEXT_DELTA_EVENT_TYPE_VALUES: set[TextDeltaEventType] = {
    "response.output_text.delta",
}


def check_text_delta_event_type(value: str) -> TextDeltaEventType:
    if value in TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
