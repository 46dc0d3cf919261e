from typing import Literal

MessagesResultType = Literal["message"]

MESSAGES_RESULT_TYPE_VALUES: set[MessagesResultType] = {
    "message",
}


def check_messages_result_type(value: str) -> MessagesResultType:
    if value in MESSAGES_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_RESULT_TYPE_VALUES!r}"
    )
