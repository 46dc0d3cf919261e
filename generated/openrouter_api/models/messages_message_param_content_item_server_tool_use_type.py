from typing import Literal

MessagesMessageParamContentItemServerToolUseType = Literal["server_tool_use"]

MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_SERVER_TOOL_USE_TYPE_VALUES: set[
    MessagesMessageParamContentItemServerToolUseType
] = {
    "server_tool_use",
}


def check_messages_message_param_content_item_server_tool_use_type(
    value: str,
) -> MessagesMessageParamContentItemServerToolUseType:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_SERVER_TOOL_USE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_SERVER_TOOL_USE_TYPE_VALUES!r}"
    )
