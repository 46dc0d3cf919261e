from typing import Literal

ChatToolChoiceType2 = Literal["required"]

CHAT_TOOL_CHOICE_TYPE_2_VALUES: set[ChatToolChoiceType2] = {
    "required",
}


def check_chat_tool_choice_type_2(value: str) -> ChatToolChoiceType2:
    if value in CHAT_TOOL_CHOICE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_TOOL_CHOICE_TYPE_2_VALUES!r}"
    )
