from typing import Literal

AnthropicWebSearchResultType = Literal["web_search_result"]

ANTHROPIC_WEB_SEARCH_RESULT_TYPE_VALUES: set[AnthropicWebSearchResultType] = {
    "web_search_result",
}


def check_anthropic_web_search_result_type(value: str) -> AnthropicWebSearchResultType:
    if value in ANTHROPIC_WEB_SEARCH_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_WEB_SEARCH_RESULT_TYPE_VALUES!r}"
    )
