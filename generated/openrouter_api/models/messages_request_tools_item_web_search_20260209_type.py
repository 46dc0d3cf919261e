from typing import Literal

MessagesRequestToolsItemWebSearch20260209Type = Literal["web_search_20260209"]

MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20260209_TYPE_VALUES: set[
    MessagesRequestToolsItemWebSearch20260209Type
] = {
    "web_search_20260209",
}


def check_messages_request_tools_item_web_search_20260209_type(
    value: str,
) -> MessagesRequestToolsItemWebSearch20260209Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20260209_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20260209_TYPE_VALUES!r}"
    )
