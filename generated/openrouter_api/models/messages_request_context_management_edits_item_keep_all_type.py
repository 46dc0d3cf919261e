from typing import Literal

MessagesRequestContextManagementEditsItemKeepAllType = Literal["all"]

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_KEEP_ALL_TYPE_VALUES: set[
    MessagesRequestContextManagementEditsItemKeepAllType
] = {
    "all",
}


def check_messages_request_context_management_edits_item_keep_all_type(
    value: str,
) -> MessagesRequestContextManagementEditsItemKeepAllType:
    if value in MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_KEEP_ALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_KEEP_ALL_TYPE_VALUES!r}"
    )
