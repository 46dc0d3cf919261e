from typing import Literal

MessagesRequestContextManagementEditsItemClearThinking20251015Type = Literal[
    "clear_thinking_20251015"
]

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_CLEAR_THINKING_20251015_TYPE_VALUES: set[
    MessagesRequestContextManagementEditsItemClearThinking20251015Type
] = {
    "clear_thinking_20251015",
}


def check_messages_request_context_management_edits_item_clear_thinking_20251015_type(
    value: str,
) -> MessagesRequestContextManagementEditsItemClearThinking20251015Type:
    if (
        value
        in MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_CLEAR_THINKING_20251015_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_CLEAR_THINKING_20251015_TYPE_VALUES!r}"
    )
