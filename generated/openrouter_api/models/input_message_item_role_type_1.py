from typing import Literal

InputMessageItemRoleType1 = Literal["system"]

INPUT_MESSAGE_ITEM_ROLE_TYPE_1_VALUES: set[InputMessageItemRoleType1] = {
    "system",
}


def check_input_message_item_role_type_1(value: str) -> InputMessageItemRoleType1:
    if value in INPUT_MESSAGE_ITEM_ROLE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_MESSAGE_ITEM_ROLE_TYPE_1_VALUES!r}"
    )
