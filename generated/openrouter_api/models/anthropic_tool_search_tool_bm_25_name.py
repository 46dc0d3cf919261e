from typing import Literal

AnthropicToolSearchToolBm25Name = Literal["tool_search_tool_bm25"]

ANTHROPIC_TOOL_SEARCH_TOOL_BM_25_NAME_VALUES: set[AnthropicToolSearchToolBm25Name] = {
    "tool_search_tool_bm25",
}


def check_anthropic_tool_search_tool_bm_25_name(
    value: str,
) -> AnthropicToolSearchToolBm25Name:
    if value in ANTHROPIC_TOOL_SEARCH_TOOL_BM_25_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_SEARCH_TOOL_BM_25_NAME_VALUES!r}"
    )
