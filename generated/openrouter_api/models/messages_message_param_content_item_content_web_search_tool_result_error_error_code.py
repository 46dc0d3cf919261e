from typing import Literal

MessagesMessageParamContentItemContentWebSearchToolResultErrorErrorCode = Literal[
    "invalid_tool_input",
    "max_uses_exceeded",
    "query_too_long",
    "too_many_requests",
    "unavailable",
]

MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_CONTENT_WEB_SEARCH_TOOL_RESULT_ERROR_ERROR_CODE_VALUES: set[
    MessagesMessageParamContentItemContentWebSearchToolResultErrorErrorCode
] = {
    "invalid_tool_input",
    "max_uses_exceeded",
    "query_too_long",
    "too_many_requests",
    "unavailable",
}


def check_messages_message_param_content_item_content_web_search_tool_result_error_error_code(
    value: str,
) -> MessagesMessageParamContentItemContentWebSearchToolResultErrorErrorCode:
    if (
        value
        in MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_CONTENT_WEB_SEARCH_TOOL_RESULT_ERROR_ERROR_CODE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_CONTENT_WEB_SEARCH_TOOL_RESULT_ERROR_ERROR_CODE_VALUES!r}"
    )
