from typing import Literal

MessagesContentBlockDeltaEventDeltaSignatureDeltaType = Literal["signature_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_SIGNATURE_DELTA_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaSignatureDeltaType
] = {
    "signature_delta",
}


def check_messages_content_block_delta_event_delta_signature_delta_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaSignatureDeltaType:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_SIGNATURE_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_SIGNATURE_DELTA_TYPE_VALUES!r}"
    )
