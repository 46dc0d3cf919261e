from typing import Literal

ChatToolCallType = Literal["function"]

CHAT_TOOL_CALL_TYPE_VALUES: set[ChatToolCallType] = {
    "function",
}


def check_chat_tool_call_type(value: str) -> ChatToolCallType:
    if value in CHAT_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_TOOL_CALL_TYPE_VALUES!r}"
    )
