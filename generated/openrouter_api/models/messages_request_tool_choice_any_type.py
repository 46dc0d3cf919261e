from typing import Literal

MessagesRequestToolChoiceAnyType = Literal["any"]

MESSAGES_REQUEST_TOOL_CHOICE_ANY_TYPE_VALUES: set[MessagesRequestToolChoiceAnyType] = {
    "any",
}


def check_messages_request_tool_choice_any_type(
    value: str,
) -> MessagesRequestToolChoiceAnyType:
    if value in MESSAGES_REQUEST_TOOL_CHOICE_ANY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_REQUEST_TOOL_CHOICE_ANY_TYPE_VALUES!r}"
    )
