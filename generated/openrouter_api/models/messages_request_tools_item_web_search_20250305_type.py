from typing import Literal

MessagesRequestToolsItemWebSearch20250305Type = Literal["web_search_20250305"]

MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20250305_TYPE_VALUES: set[
    MessagesRequestToolsItemWebSearch20250305Type
] = {
    "web_search_20250305",
}


def check_messages_request_tools_item_web_search_20250305_type(
    value: str,
) -> MessagesRequestToolsItemWebSearch20250305Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20250305_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20250305_TYPE_VALUES!r}"
    )
