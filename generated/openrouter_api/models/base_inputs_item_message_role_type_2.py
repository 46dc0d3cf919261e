from typing import Literal

BaseInputsItemMessageRoleType2 = Literal["assistant"]

BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_2_VALUES: set[BaseInputsItemMessageRoleType2] = {
    "assistant",
}


def check_base_inputs_item_message_role_type_2(
    value: str,
) -> BaseInputsItemMessageRoleType2:
    if value in BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_ITEM_MESSAGE_ROLE_TYPE_2_VALUES!r}"
    )
