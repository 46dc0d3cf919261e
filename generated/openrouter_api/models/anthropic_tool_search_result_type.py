from typing import Literal

AnthropicToolSearchResultType = Literal["tool_search_tool_search_result"]

ANTHROPIC_TOOL_SEARCH_RESULT_TYPE_VALUES: set[AnthropicToolSearchResultType] = {
    "tool_search_tool_search_result",
}


def check_anthropic_tool_search_result_type(
    value: str,
) -> AnthropicToolSearchResultType:
    if value in ANTHROPIC_TOOL_SEARCH_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_SEARCH_RESULT_TYPE_VALUES!r}"
    )
