from typing import Literal

BaseMessagesResultRole = Literal["assistant"]

BASE_MESSAGES_RESULT_ROLE_VALUES: set[BaseMessagesResultRole] = {
    "assistant",
}


def check_base_messages_result_role(value: str) -> BaseMessagesResultRole:
    if value in BASE_MESSAGES_RESULT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_MESSAGES_RESULT_ROLE_VALUES!r}"
    )
