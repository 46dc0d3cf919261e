from typing import Literal

EasyInputMessageRoleType1 = Literal["system"]

EASY_INPUT_MESSAGE_ROLE_TYPE_1_VALUES: set[EasyInputMessageRoleType1] = {
    "system",
}


def check_easy_input_message_role_type_1(value: str) -> EasyInputMessageRoleType1:
    if value in EASY_INPUT_MESSAGE_ROLE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_INPUT_MESSAGE_ROLE_TYPE_1_VALUES!r}"
    )
