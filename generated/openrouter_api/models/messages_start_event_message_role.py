from typing import Literal

MessagesStartEventMessageRole = Literal["assistant"]

MESSAGES_START_EVENT_MESSAGE_ROLE_VALUES: set[MessagesStartEventMessageRole] = {
    "assistant",
}


def check_messages_start_event_message_role(
    value: str,
) -> MessagesStartEventMessageRole:
    if value in MESSAGES_START_EVENT_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_START_EVENT_MESSAGE_ROLE_VALUES!r}"
    )
