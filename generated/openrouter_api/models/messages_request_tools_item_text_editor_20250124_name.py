from typing import Literal

MessagesRequestToolsItemTextEditor20250124Name = Literal["str_replace_editor"]

MESSAGES_REQUEST_TOOLS_ITEM_TEXT_EDITOR_20250124_NAME_VALUES: set[
    MessagesRequestToolsItemTextEditor20250124Name
] = {
    "str_replace_editor",
}


def check_messages_request_tools_item_text_editor_20250124_name(
    value: str,
) -> MessagesRequestToolsItemTextEditor20250124Name:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TEXT_EDITOR_20250124_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TEXT_EDITOR_20250124_NAME_VALUES!r}"
    )
