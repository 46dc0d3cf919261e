from typing import Literal

BaseRefusalDeltaEventType = Literal["response.refusal.delta"]

BASE_REFUSAL_DELTA_EVENT_TYPE_VALUES: set[BaseRefusalDeltaEventType] = {
    "response.refusal.delta",
}


def check_base_refusal_delta_event_type(value: str) -> BaseRefusalDeltaEventType:
    if value in BASE_REFUSAL_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_REFUSAL_DELTA_EVENT_TYPE_VALUES!r}"
    )
