from typing import Literal

ToolSearchServerToolType = Literal["openrouter:tool_search"]

TOOL_SEARCH_SERVER_TOOL_TYPE_VALUES: set[ToolSearchServerToolType] = {
    "openrouter:tool_search",
}


def check_tool_search_server_tool_type(value: str) -> ToolSearchServerToolType:
    if value in TOOL_SEARCH_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_SERVER_TOOL_TYPE_VALUES!r}"
    )
