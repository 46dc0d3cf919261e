from typing import Literal

BaseInputsItemMessageRoleType0 = Literal["user"]

BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_0_VALUES: set[BaseInputsItemMessageRoleType0] = {
    "user",
}


def check_base_inputs_item_message_role_type_0(
    value: str,
) -> BaseInputsItemMessageRoleType0:
    if value in BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_0_VALUES!r}"
    )
