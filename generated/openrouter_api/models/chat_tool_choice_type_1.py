from typing import Literal

ChatToolChoiceType1 = Literal["auto"]

CHAT_TOOL_CHOICE_TYPE_1_VALUES: set[ChatToolChoiceType1] = {
    "auto",
}


def check_chat_tool_choice_type_1(value: str) -> ChatToolChoiceType1:
    if value in CHAT_TOOL_CHOICE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_TOOL_CHOICE_TYPE_1_VALUES!r}"
    )
