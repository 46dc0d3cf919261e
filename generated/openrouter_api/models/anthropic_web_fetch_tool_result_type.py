from typing import Literal

AnthropicWebFetchToolResultType = Literal["web_fetch_tool_result"]

ANTHROPIC_WEB_FETCH_TOOL_RESULT_TYPE_VALUES: set[AnthropicWebFetchToolResultType] = {
    "web_fetch_tool_result",
}


def check_anthropic_web_fetch_tool_result_type(
    value: str,
) -> AnthropicWebFetchToolResultType:
    if value in ANTHROPIC_WEB_FETCH_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_WEB_FETCH_TOOL_RESULT_TYPE_VALUES!r}"
    )
