from typing import Literal

MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2 = Literal["all"]

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_CLEAR_THINKING_20251015_KEEP_TYPE_2_VALUES: set[
    MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2
] = {
    "all",
}


def check_messages_request_context_management_edits_item_clear_thinking_20251015_keep_type_2(
    value: str,
) -> MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2:
    if (
        value
        in MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_CLEAR_THINKING_20251015_KEEP_TYPE_2_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_CLEAR_THINKING_20251015_KEEP_TYPE_2_VALUES!r}"
    )
