from typing import Literal

MessagesContentBlockDeltaEventDeltaTextDeltaType = Literal["text_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TEXT_DELTA_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaTextDeltaType
] = {
    "text_delta",
}


def check_messages_content_block_delta_event_delta_text_delta_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaTextDeltaType:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TEXT_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_TEXT_DELTA_TYPE_VALUES!r}"
    )
