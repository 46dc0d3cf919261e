from typing import Literal

MessagesMessageParamContentItemRedactedThinkingType = Literal["redacted_thinking"]

MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_REDACTED_THINKING_TYPE_VALUES: set[
    MessagesMessageParamContentItemRedactedThinkingType
] = {
    "redacted_thinking",
}


def check_messages_message_param_content_item_redacted_thinking_type(
    value: str,
) -> MessagesMessageParamContentItemRedactedThinkingType:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_REDACTED_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_REDACTED_THINKING_TYPE_VALUES!r}"
    )
