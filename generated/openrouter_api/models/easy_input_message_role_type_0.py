from typing import Literal

EasyInputMessageRoleType0 = Literal["user"]

EASY_INPUT_MESSAGE_ROLE_TYPE_0_VALUES: set[EasyInputMessageRoleType0] = {
    "user",
}


def check_easy_input_message_role_type_0(value: str) -> EasyInputMessageRoleType0:
    if value in EASY_INPUT_MESSAGE_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EASY_INPUT_MESSAGE_ROLE_TYPE_0_VALUES!r}"
    )
