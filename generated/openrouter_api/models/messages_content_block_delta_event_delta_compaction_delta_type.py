from typing import Literal

MessagesContentBlockDeltaEventDeltaCompactionDeltaType = Literal["compaction_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_COMPACTION_DELTA_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaCompactionDeltaType
] = {
    "compaction_delta",
}


def check_messages_content_block_delta_event_delta_compaction_delta_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaCompactionDeltaType:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_COMPACTION_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_COMPACTION_DELTA_TYPE_VALUES!r}"
    )
