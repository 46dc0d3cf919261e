from typing import Literal

MessagesStartEventType = Literal["message_start"]

MESSAGES_START_EVENT_TYPE_VALUES: set[MessagesStartEventType] = {
    "message_start",
}


def check_messages_start_event_type(value: str) -> MessagesStartEventType:
    if value in MESSAGES_START_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_START_EVENT_TYPE_VALUES!r}"
    )
