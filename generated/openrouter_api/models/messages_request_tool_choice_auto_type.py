from typing import Literal

MessagesRequestToolChoiceAutoType = Literal["auto"]

MESSAGES_REQUEST_TOOL_CHOICE_AUTO_TYPE_VALUES: set[
    MessagesRequestToolChoiceAutoType
] = {
    "auto",
}


def check_messages_request_tool_choice_auto_type(
    value: str,
) -> MessagesRequestToolChoiceAutoType:
    if value in MESSAGES_REQUEST_TOOL_CHOICE_AUTO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOL_CHOICE_AUTO_TYPE_VALUES!r}"
    )
