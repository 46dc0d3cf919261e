from typing import Literal

BaseTextDeltaEventType = Literal["response.output_text.delta"]

BASE_TEXT_DELTA_EVENT_TYPE_VALUES: set[BaseTextDeltaEventType] = {
    "response.output_text.delta",
}


def check_base_text_delta_event_type(value: str) -> BaseTextDeltaEventType:
    if value in BASE_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
