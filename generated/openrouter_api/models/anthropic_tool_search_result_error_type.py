from typing import Literal

AnthropicToolSearchResultErrorType = Literal["tool_search_tool_result_error"]

ANTHROPIC_TOOL_SEARCH_RESULT_ERROR_TYPE_VALUES: set[
    AnthropicToolSearchResultErrorType
] = {
    "tool_search_tool_result_error",
}


def check_anthropic_tool_search_result_error_type(
    value: str,
) -> AnthropicToolSearchResultErrorType:
    if value in ANTHROPIC_TOOL_SEARCH_RESULT_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_SEARCH_RESULT_ERROR_TYPE_VALUES!r}"
    )
