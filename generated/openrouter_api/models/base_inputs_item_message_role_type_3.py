from typing import Literal

BaseInputsItemMessageRoleType3 = Literal["developer"]

BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_3_VALUES: set[BaseInputsItemMessageRoleType3] = {
    "developer",
}


def check_base_inputs_item_message_role_type_3(
    value: str,
) -> BaseInputsItemMessageRoleType3:
    if value in BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_3_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_3_VALUES!r}"
    )
