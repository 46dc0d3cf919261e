from typing import Literal

AnthropicToolSearchToolRegexName = Literal["tool_search_tool_regex"]

ANTHROPIC_TOOL_SEARCH_TOOL_REGEX_NAME_VALUES: set[AnthropicToolSearchToolRegexName] = {
    "tool_search_tool_regex",
}


def check_anthropic_tool_search_tool_regex_name(
    value: str,
) -> AnthropicToolSearchToolRegexName:
    if value in ANTHROPIC_TOOL_SEARCH_TOOL_REGEX_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_SEARCH_TOOL_REGEX_NAME_VALUES!r}"
    )
