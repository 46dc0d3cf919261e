from typing import Literal

AnthropicWebSearchResultBlockParamType = Literal["web_search_result"]

ANTHROPIC_WEB_SEARCH_RESULT_BLOCK_PARAM_TYPE_VALUES: set[
    AnthropicWebSearchResultBlockParamType
] = {
    "web_search_result",
}


def check_anthropic_web_search_result_block_param_type(
    value: str,
) -> AnthropicWebSearchResultBlockParamType:
    if value in ANTHROPIC_WEB_SEARCH_RESULT_BLOCK_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_WEB_SEARCH_RESULT_BLOCK_PARAM_TYPE_VALUES!r}"
    )
