from typing import Literal

MessagesMessageParamContentItemThinkingType = Literal["thinking"]

MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_THINKING_TYPE_VALUES: set[
    MessagesMessageParamContentItemThinkingType
] = {
    "thinking",
}


def check_messages_message_param_content_item_thinking_type(
    value: str,
) -> MessagesMessageParamContentItemThinkingType:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_THINKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_THINKING_TYPE_VALUES!r}"
    )
