from typing import Literal

ChatAssistantMessageRole = Literal["assistant"]

CHAT_ASSISTANT_MESSAGE_ROLE_VALUES: set[ChatAssistantMessageRole] = {
    "assistant",
}


def check_chat_assistant_message_role(value: str) -> ChatAssistantMessageRole:
    if value in CHAT_ASSISTANT_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_ASSISTANT_MESSAGE_ROLE_VALUES!r}"
    )
