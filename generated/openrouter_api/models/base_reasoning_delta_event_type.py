from typing import Literal

BaseReasoningDeltaEventType = Literal["response.reasoning_text.delta"]

BASE_REASONING_DELTA_EVENT_TYPE_VALUES: set[BaseReasoningDeltaEventType] = {
    "response.reasoning_text.delta",
}


def check_base_reasoning_delta_event_type(value: str) -> BaseReasoningDeltaEventType:
    if value in BASE_REASONING_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_REASONING_DELTA_EVENT_TYPE_VALUES!r}"
    )
