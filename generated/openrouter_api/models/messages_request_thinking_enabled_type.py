from typing import Literal

MessagesRequestThinkingEnabledType = Literal["enabled"]

MESSAGES_REQUEST_THINKING_ENABLED_TYPE_VALUES: set[
    MessagesRequestThinkingEnabledType
] = {
    "enabled",
}


def check_messages_request_thinking_enabled_type(
    value: str,
) -> MessagesRequestThinkingEnabledType:
    if value in MESSAGES_REQUEST_THINKING_ENABLED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_THINKING_ENABLED_TYPE_VALUES!r}"
    )
