from typing import Literal

MessagesRequestThinkingAdaptiveType = Literal["adaptive"]

MESSAGES_REQUEST_THINKING_ADAPTIVE_TYPE_VALUES: set[
    MessagesRequestThinkingAdaptiveType
] = {
    "adaptive",
}


def check_messages_request_thinking_adaptive_type(
    value: str,
) -> MessagesRequestThinkingAdaptiveType:
    if value in MESSAGES_REQUEST_THINKING_ADAPTIVE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_THINKING_ADAPTIVE_TYPE_VALUES!r}"
    )
