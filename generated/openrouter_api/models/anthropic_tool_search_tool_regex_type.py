from typing import Literal

AnthropicToolSearchToolRegexType = Literal[
    "tool_search_tool_regex", "tool_search_tool_regex_20251119"
]

ANTHROPIC_TOOL_SEARCH_TOOL_REGEX_TYPE_VALUES: set[AnthropicToolSearchToolRegexType] = {
    "tool_search_tool_regex",
    "tool_search_tool_regex_20251119",
}


def check_anthropic_tool_search_tool_regex_type(
    value: str,
) -> AnthropicToolSearchToolRegexType:
    if value in ANTHROPIC_TOOL_SEARCH_TOOL_REGEX_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_SEARCH_TOOL_REGEX_TYPE_VALUES!r}"
    )
