from typing import Literal

MessagesRequestToolsItemWebSearch20260209Name = Literal["web_search"]

MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20260209_NAME_VALUES: set[
    MessagesRequestToolsItemWebSearch20260209Name
] = {
    "web_search",
}


def check_messages_request_tools_item_web_search_20260209_name(
    value: str,
) -> MessagesRequestToolsItemWebSearch20260209Name:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20260209_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20260209_NAME_VALUES!r}"
    )
