from typing import Literal

MessagesRequestToolsItemBash20250124Type = Literal["bash_20250124"]

MESSAGES_REQUEST_TOOLS_ITEM_BASH_20250124_TYPE_VALUES: set[
    MessagesRequestToolsItemBash20250124Type
] = {
    "bash_20250124",
}


def check_messages_request_tools_item_bash_20250124_type(
    value: str,
) -> MessagesRequestToolsItemBash20250124Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_BASH_20250124_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_BASH_20250124_TYPE_VALUES!r}"
    )
