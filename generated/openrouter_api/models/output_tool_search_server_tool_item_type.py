from typing import Literal

OutputToolSearchServerToolItemType = Literal["openrouter:tool_search"]

OUTPUT_TOOL_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES: set[
    OutputToolSearchServerToolItemType
] = {
    "openrouter:tool_search",
}


def check_output_tool_search_server_tool_item_type(
    value: str,
) -> OutputToolSearchServerToolItemType:
    if value in OUTPUT_TOOL_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_TOOL_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
