from typing import Literal

MessagesMessageParamContentItemContentWebSearchToolResultErrorType = Literal[
    "web_search_tool_result_error"
]

MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_CONTENT_WEB_SEARCH_TOOL_RESULT_ERROR_TYPE_VALUES: set[
    MessagesMessageParamContentItemContentWebSearchToolResultErrorType
] = {
    "web_search_tool_result_error",
}


def check_messages_message_param_content_item_content_web_search_tool_result_error_type(
    value: str,
) -> MessagesMessageParamContentItemContentWebSearchToolResultErrorType:
    if (
        value
        in MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_CONTENT_WEB_SEARCH_TOOL_RESULT_ERROR_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_CONTENT_WEB_SEARCH_TOOL_RESULT_ERROR_TYPE_VALUES!r}"
    )
