from typing import Literal

InputsItemMessageStatusType2 = Literal["in_progress"]

INPUTS_ITEM_MESSAGE_STATUS_TYPE_2_VALUES: set[InputsItemMessageStatusType2] = {
    "in_progress",
}


def check_inputs_item_message_status_type_2(value: str) -> InputsItemMessageStatusType2:
    if value in INPUTS_ITEM_MESSAGE_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_MESSAGE_STATUS_TYPE_2_VALUES!r}"
    )
