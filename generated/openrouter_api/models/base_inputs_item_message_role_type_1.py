from typing import Literal

BaseInputsItemMessageRoleType1 = Literal["system"]

BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_1_VALUES: set[BaseInputsItemMessageRoleType1] = {
    "system",
}


def check_base_inputs_item_message_role_type_1(
    value: str,
) -> BaseInputsItemMessageRoleType1:
    if value in BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_1_VALUES!r}"
    )
