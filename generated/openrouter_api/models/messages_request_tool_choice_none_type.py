from typing import Literal

MessagesRequestToolChoiceNoneType = Literal["none"]

MESSAGES_REQUEST_TOOL_CHOICE_NONE_TYPE_VALUES: set[
    MessagesRequestToolChoiceNoneType
] = {
    "none",
}


def check_messages_request_tool_choice_none_type(
    value: str,
) -> MessagesRequestToolChoiceNoneType:
    if value in MESSAGES_REQUEST_TOOL_CHOICE_NONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOL_CHOICE_NONE_TYPE_VALUES!r}"
    )
