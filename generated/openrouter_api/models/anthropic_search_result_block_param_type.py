from typing import Literal

AnthropicSearchResultBlockParamType = Literal["search_result"]

ANTHROPIC_SEARCH_RESULT_BLOCK_PARAM_TYPE_VALUES: set[
    AnthropicSearchResultBlockParamType
] = {
    "search_result",
}


def check_anthropic_search_result_block_param_type(
    value: str,
) -> AnthropicSearchResultBlockParamType:
    if value in ANTHROPIC_SEARCH_RESULT_BLOCK_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_SEARCH_RESULT_BLOCK_PARAM_TYPE_VALUES!r}"
    )
