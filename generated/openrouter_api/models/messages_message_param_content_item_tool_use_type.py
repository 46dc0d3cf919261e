from typing import Literal

MessagesMessageParamContentItemToolUseType = Literal["tool_use"]

MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_TOOL_USE_TYPE_VALUES: set[
    MessagesMessageParamContentItemToolUseType
] = {
    "tool_use",
}


def check_messages_message_param_content_item_tool_use_type(
    value: str,
) -> MessagesMessageParamContentItemToolUseType:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_TOOL_USE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_TOOL_USE_TYPE_VALUES!r}"
    )
