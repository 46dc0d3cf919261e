from typing import Literal

MessagesMessageParamContentItemWebSearchToolResultType = Literal[
    "web_search_tool_result"
]

MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_WEB_SEARCH_TOOL_RESULT_TYPE_VALUES: set[
    MessagesMessageParamContentItemWebSearchToolResultType
] = {
    "web_search_tool_result",
}


def check_messages_message_param_content_item_web_search_tool_result_type(
    value: str,
) -> MessagesMessageParamContentItemWebSearchToolResultType:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_WEB_SEARCH_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_WEB_SEARCH_TOOL_RESULT_TYPE_VALUES!r}"
    )
