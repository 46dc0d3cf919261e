from typing import Literal

MessagesRequestToolChoiceToolType = Literal["tool"]

MESSAGES_REQUEST_TOOL_CHOICE_TOOL_TYPE_VALUES: set[
    MessagesRequestToolChoiceToolType
] = {
    "tool",
}


def check_messages_request_tool_choice_tool_type(
    value: str,
) -> MessagesRequestToolChoiceToolType:
    if value in MESSAGES_REQUEST_TOOL_CHOICE_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOL_CHOICE_TOOL_TYPE_VALUES!r}"
    )
