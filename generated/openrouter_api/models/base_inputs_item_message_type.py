from typing import Literal

BaseInputsItemMessageType = Literal["message"]

BASE_INPUTS_ITEM_MESSAGE_TYPE_VALUES: set[BaseInputsItemMessageType] = {
    "message",
}


def check_base_inputs_item_message_type(value: str) -> BaseInputsItemMessageType:
    if value in BASE_INPUTS_ITEM_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_ITEM_MESSAGE_TYPE_VALUES!r}"
    )
