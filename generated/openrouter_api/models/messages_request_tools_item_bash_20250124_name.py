from typing import Literal

MessagesRequestToolsItemBash20250124Name = Literal["bash"]

MESSAGES_REQUEST_TOOLS_ITEM_BASH_20250124_NAME_VALUES: set[
    MessagesRequestToolsItemBash20250124Name
] = {
    "bash",
}


def check_messages_request_tools_item_bash_20250124_name(
    value: str,
) -> MessagesRequestToolsItemBash20250124Name:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_BASH_20250124_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_BASH_20250124_NAME_VALUES!r}"
    )
