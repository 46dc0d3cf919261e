from typing import Literal

InputMessageItemRoleType0 = Literal["user"]

INPUT_MESSAGE_ITEM_ROLE_TYPE_0_VALUES: set[InputMessageItemRoleType0] = {
    "user",
}


def check_input_message_item_role_type_0(value: str) -> InputMessageItemRoleType0:
    if value in INPUT_MESSAGE_ITEM_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_ITEM_ROLE_TYPE_0_VALUES!r}"
    )
