from typing import Literal

MessagesResultRole = Literal["assistant"]

MESSAGES_RESULT_ROLE_VALUES: set[MessagesResultRole] = {
    "assistant",
}


def check_messages_result_role(value: str) -> MessagesResultRole:
    if value in MESSAGES_RESULT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_RESULT_ROLE_VALUES!r}"
    )
