from typing import Literal

MessagesContentBlockDeltaEventDeltaThinkingDeltaType = Literal["thinking_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_THINKING_DELTA_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaThinkingDeltaType
] = {
    "thinking_delta",
}


def check_messages_content_block_delta_event_delta_thinking_delta_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaThinkingDeltaType:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_THINKING_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_THINKING_DELTA_TYPE_VALUES!r}"
    )
