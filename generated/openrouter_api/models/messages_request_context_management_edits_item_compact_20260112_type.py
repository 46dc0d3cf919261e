from typing import Literal

MessagesRequestContextManagementEditsItemCompact20260112Type = Literal[
    "compact_20260112"
]

MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_COMPACT_20260112_TYPE_VALUES: set[
    MessagesRequestContextManagementEditsItemCompact20260112Type
] = {
    "compact_20260112",
}


def check_messages_request_context_management_edits_item_compact_20260112_type(
    value: str,
) -> MessagesRequestContextManagementEditsItemCompact20260112Type:
    if (
        value
        in MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_COMPACT_20260112_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_CONTEXT_MANAGEMENT_EDITS_ITEM_COMPACT_20260112_TYPE_VALUES!r}"
    )
