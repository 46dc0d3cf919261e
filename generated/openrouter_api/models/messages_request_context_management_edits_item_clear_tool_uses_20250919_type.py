from typing import Literal

MessagesRequestContextManagementEditsItemClearToolUses20250919Type = Literal[
    "clear_tool_uses_20250919"
]

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_CLEAR_TOOL_USES_20250919_TYPE_VALUES: set[
    MessagesRequestContextManagementEditsItemClearToolUses20250919Type
] = {
    "clear_tool_uses_20250919",
}


def check_messages_request_context_management_edits_item_clear_tool_uses_20250919_type(
    value: str,
) -> MessagesRequestContextManagementEditsItemClearToolUses20250919Type:
    if (
        value
        in MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_CLEAR_TOOL_USES_20250919_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_CLEAR_TOOL_USES_20250919_TYPE_VALUES!r}"
    )
