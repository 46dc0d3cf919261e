from typing import Literal

ChatDeveloperMessageRole = Literal["developer"]

CHAT_DEVELOPER_MESSAGE_ROLE_VALUES: set[ChatDeveloperMessageRole] = {
    "developer",
}


def check_chat_developer_message_role(value: str) -> ChatDeveloperMessageRole:
    if value in CHAT_DEVELOPER_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_DEVELOPER_MESSAGE_ROLE_VALUES!r}"
    )
