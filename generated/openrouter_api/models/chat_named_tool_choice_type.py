from typing import Literal

ChatNamedToolChoiceType = Literal["function"]

CHAT_NAMED_TOOL_CHOICE_TYPE_VALUES: set[ChatNamedToolChoiceType] = {
    "function",
}


def check_chat_named_tool_choice_type(value: str) -> ChatNamedToolChoiceType:
    if value in CHAT_NAMED_TOOL_CHOICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_NAMED_TOOL_CHOICE_TYPE_VALUES!r}"
    )
