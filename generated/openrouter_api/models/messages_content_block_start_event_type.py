from typing import Literal

MessagesContentBlockStartEventType = Literal["content_block_start"]

MESSAGES_CONTENT_BLOCK_START_EVENT_TYPE_VALUES: set[
    MessagesContentBlockStartEventType
] = {
    "content_block_start",
}


def check_messages_content_block_start_event_type(
    value: str,
) -> MessagesContentBlockStartEventType:
    if value in MESSAGES_CONTENT_BLOCK_START_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_START_EVENT_TYPE_VALUES!r}"
    )
