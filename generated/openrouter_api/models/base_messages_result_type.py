from typing import Literal

BaseMessagesResultType = Literal["message"]

BASE_MESSAGES_RESULT_TYPE_VALUES: set[BaseMessagesResultType] = {
    "message",
}


def check_base_messages_result_type(value: str) -> BaseMessagesResultType:
    if value in BASE_MESSAGES_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_MESSAGES_RESULT_TYPE_VALUES!r}"
    )
