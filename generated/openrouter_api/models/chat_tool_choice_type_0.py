from typing import Literal

ChatToolChoiceType0 = Literal["none"]

CHAT_TOOL_CHOICE_TYPE_0_VALUES: set[ChatToolChoiceType0] = {
    "none",
}


def check_chat_tool_choice_type_0(value: str) -> ChatToolChoiceType0:
    if value in CHAT_TOOL_CHOICE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_TOOL_CHOICE_TYPE_0_VALUES!r}"
    )
