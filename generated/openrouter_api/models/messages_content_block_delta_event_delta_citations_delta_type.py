from typing import Literal

MessagesContentBlockDeltaEventDeltaCitationsDeltaType = Literal["citations_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_CITATIONS_DELTA_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaCitationsDeltaType
] = {
    "citations_delta",
}


def check_messages_content_block_delta_event_delta_citations_delta_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaCitationsDeltaType:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_CITATIONS_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_CITATIONS_DELTA_TYPE_VALUES!r}"
    )
