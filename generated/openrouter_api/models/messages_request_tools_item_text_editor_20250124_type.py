from typing import Literal

MessagesRequestToolsItemTextEditor20250124Type = Literal["text_editor_20250124"]

MESSAGES_REQUEST_TOOLS_ITEM_TEXT_EDITOR_20250124_TYPE_VALUES: set[
    MessagesRequestToolsItemTextEditor20250124Type
] = {
    "text_editor_20250124",
}


def check_messages_request_tools_item_text_editor_20250124_type(
    value: str,
) -> MessagesRequestToolsItemTextEditor20250124Type:
    if value in MESSAGES_REQUEST_TOOLS_ITEM_TEXT_EDITOR_20250124_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOLS_ITEM_TEXT_EDITOR_20250124_TYPE_VALUES!r}"
    )
