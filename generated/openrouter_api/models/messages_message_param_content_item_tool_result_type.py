from typing import Literal

MessagesMessageParamContentItemToolResultType = Literal["tool_result"]

MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_TOOL_RESULT_TYPE_VALUES: set[
    MessagesMessageParamContentItemToolResultType
] = {
    "tool_result",
}


def check_messages_message_param_content_item_tool_result_type(
    value: str,
) -> MessagesMessageParamContentItemToolResultType:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_TOOL_RESULT_TYPE_VALUES!r}"
    )
