from typing import Literal

AnthropicToolSearchToolBm25Type = Literal[
    "tool_search_tool_bm25", "tool_search_tool_bm25_20251119"
]

ANTHROPIC_TOOL_SEARCH_TOOL_BM_25_TYPE_VALUES: set[AnthropicToolSearchToolBm25Type] = {
    "tool_search_tool_bm25",
    "tool_search_tool_bm25_20251119",
}


def check_anthropic_tool_search_tool_bm_25_type(
    value: str,
) -> AnthropicToolSearchToolBm25Type:
    if value in ANTHROPIC_TOOL_SEARCH_TOOL_BM_25_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_SEARCH_TOOL_BM_25_TYPE_VALUES!r}"
    )
