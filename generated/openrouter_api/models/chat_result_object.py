from typing import Literal

ChatResultObject = Literal["chat.completion"]

CHAT_RESULT_OBJECT_VALUES: set[ChatResultObject] = {
    "chat.completion",
}


def check_chat_result_object(value: str) -> ChatResultObject:
    if value in CHAT_RESULT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_RESULT_OBJECT_VALUES!r}"
    )
