from typing import Literal

ChatToolMessageRole = Literal["tool"]

CHAT_TOOL_MESSAGE_ROLE_VALUES: set[ChatToolMessageRole] = {
    "tool",
}


def check_chat_tool_message_role(value: str) -> ChatToolMessageRole:
    if value in CHAT_TOOL_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_TOOL_MESSAGE_ROLE_VALUES!r}"
    )
