from typing import Literal

MessagesContentBlockStartEventContentBlockCompactionType = Literal["compaction"]

MESSAGES_CONTENT_BLOCK_START_EVENT_CONTENT_BLOCK_COMPACTION_TYPE_VALUES: set[
    MessagesContentBlockStartEventContentBlockCompactionType
] = {
    "compaction",
}


def check_messages_content_block_start_event_content_block_compaction_type(
    value: str,
) -> MessagesContentBlockStartEventContentBlockCompactionType:
    if value in MESSAGES_CONTENT_BLOCK_START_EVENT_CONTENT_BLOCK_COMPACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_START_EVENT_CONTENT_BLOCK_COMPACTION_TYPE_VALUES!r}"
    )
