from typing import Literal

MessagesRequestToolsItemCustomType = Literal["custom"]

MESSAGES_REQUEST_TOOLS_ITEM_CUSTOM_TYPE_VALUES: set[
    MessagesRequestToolsItemCustomType
] = {
    "custom",
}


def check_messages_request_tools_item_custom_type(
    value: str,
) -> MessagesRequestToolsItemCustomType:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_CUSTOM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_CUSTOM_TYPE_VALUES!r}"
    )
