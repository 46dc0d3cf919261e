from typing import Literal

InputsItemMessageStatusType0 = Literal["completed"]

INPUTS_ITEM_MESSAGE_STATUS_TYPE_0_VALUES: set[InputsItemMessageStatusType0] = {
    "completed",
}


def check_inputs_item_message_status_type_0(value: str) -> InputsItemMessageStatusType0:
    if value in INPUTS_ITEM_MESSAGE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_MESSAGE_STATUS_TYPE_0_VALUES!r}"
    )
