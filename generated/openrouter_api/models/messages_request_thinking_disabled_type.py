from typing import Literal

MessagesRequestThinkingDisabledType = Literal["disabled"]

MESSAGES_REQUEST_THINKING_DISABLED_TYPE_VALUES: set[
    MessagesRequestThinkingDisabledType
] = {
    "disabled",
}


def check_messages_request_thinking_disabled_type(
    value: str,
) -> MessagesRequestThinkingDisabledType:
    if value in MESSAGES_REQUEST_THINKING_DISABLED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_THINKING_DISABLED_TYPE_VALUES!r}"
    )
