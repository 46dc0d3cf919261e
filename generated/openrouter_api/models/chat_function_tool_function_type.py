from typing import Literal

ChatFunctionToolFunctionType = Literal["function"]

CHAT_FUNCTION_TOOL_FUNCTION_TYPE_VALUES: set[ChatFunctionToolFunctionType] = {
    "function",
}


def check_chat_function_tool_function_type(value: str) -> ChatFunctionToolFunctionType:
    if value in CHAT_FUNCTION_TOOL_FUNCTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_FUNCTION_TOOL_FUNCTION_TYPE_VALUES!r}"
    )
