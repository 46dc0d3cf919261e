from typing import Literal

ChatStreamToolCallType = Literal["function"]

CHAT_STREAM_TOOL_CALL_TYPE_VALUES: set[ChatStreamToolCallType] = {
    "function",
}


def check_chat_stream_tool_call_type(value: str) -> ChatStreamToolCallType:
    if value in CHAT_STREAM_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_STREAM_TOOL_CALL_TYPE_VALUES!r}"
    )
