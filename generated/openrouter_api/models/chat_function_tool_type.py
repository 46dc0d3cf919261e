from typing import Literal

ChatFunctionToolType = Literal["function"]

CHAT_FUNCTION_TOOL_TYPE_VALUES: set[ChatFunctionToolType] = {
    "function",
}


def check_chat_function_tool_type(value: str) -> ChatFunctionToolType:
    if value in CHAT_FUNCTION_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_FUNCTION_TOOL_TYPE_VALUES!r}"
    )
