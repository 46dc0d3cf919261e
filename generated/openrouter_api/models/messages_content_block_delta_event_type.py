from typing import Literal

MessagesContentBlockDeltaEventType = Literal["content_block_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventType
] = {
    "content_block_delta",
}


def check_messages_content_block_delta_event_type(
    value: str,
) -> MessagesContentBlockDeltaEventType:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_TYPE_VALUES!r}"
    )
