from typing import Literal

OutputWebSearchServerToolItemType = Literal["openrouter:web_search"]

OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES: set[
    OutputWebSearchServerToolItemType
] = {
    "openrouter:web_search",
}


def check_output_web_search_server_tool_item_type(
    value: str,
) -> OutputWebSearchServerToolItemType:
    if value in OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
