from typing import Literal

OutputWebSearchServerToolItemActionSourcesItemType = Literal["url"]

OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_ACTION_SOURCES_ITEM_TYPE_VALUES: set[
    OutputWebSearchServerToolItemActionSourcesItemType
] = {
    "url",
}


def check_output_web_search_server_tool_item_action_sources_item_type(
    value: str,
) -> OutputWebSearchServerToolItemActionSourcesItemType:
    if value in OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_ACTION_SOURCES_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_ACTION_SOURCES_ITEM_TYPE_VALUES!r}"
    )
