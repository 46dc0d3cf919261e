from typing import Literal

InputsItemMessageType = Literal["message"]

INPUTS_ITEM_MESSAGE_TYPE_VALUES: set[InputsItemMessageType] = {
    "message",
}


def check_inputs_item_message_type(value: str) -> InputsItemMessageType:
    if value in INPUTS_ITEM_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_MESSAGE_TYPE_VALUES!r}"
    )
