from typing import Literal

OutputWebSearchServerToolItemActionType = Literal["search"]

OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_ACTION_TYPE_VALUES: set[
    OutputWebSearchServerToolItemActionType
] = {
    "search",
}


def check_output_web_search_server_tool_item_action_type(
    value: str,
) -> OutputWebSearchServerToolItemActionType:
    if value in OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_WEB_SEARCH_SERVER_TOOL_ITEM_ACTION_TYPE_VALUES!r}"
    )
