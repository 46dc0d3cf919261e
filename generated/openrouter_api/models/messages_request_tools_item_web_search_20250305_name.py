from typing import Literal

MessagesRequestToolsItemWebSearch20250305Name = Literal["web_search"]

MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20250305_NAME_VALUES: set[
    MessagesRequestToolsItemWebSearch20250305Name
] = {
    "web_search",
}


def check_messages_request_tools_item_web_search_20250305_name(
    value: str,
) -> MessagesRequestToolsItemWebSearch20250305Name:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20250305_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_WEB_SEARCH_20250305_NAME_VALUES!r}"
    )
