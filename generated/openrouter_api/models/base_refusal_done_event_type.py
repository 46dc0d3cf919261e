from typing import Literal

BaseRefusalDoneEventType = Literal["response.refusal.done"]

BASE_REFUSAL_DONE_EVENT_TYPE_VALUES: set[BaseRefusalDoneEventType] = {
    "response.refusal.done",
}


def check_base_refusal_done_event_type(value: str) -> BaseRefusalDoneEventType:
    if value in BASE_REFUSAL_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_REFUSAL_DONE_EVENT_TYPE_VALUES!r}"
    )
