from typing import Literal

InputsItemMessageRole = Literal["assistant"]

INPUTS_ITEM_MESSAGE_ROLE_VALUES: set[InputsItemMessageRole] = {
    "assistant",
}


def check_inputs_item_message_role(value: str) -> InputsItemMessageRole:
    if value in INPUTS_ITEM_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_MESSAGE_ROLE_VALUES!r}"
    )
