from typing import Literal

InputsItemMessageStatusType1 = Literal["incomplete"]

INPUTS_ITEM_MESSAGE_STATUS_TYPE_1_VALUES: set[InputsItemMessageStatusType1] = {
    "incomplete",
}


def check_inputs_item_message_status_type_1(value: str) -> InputsItemMessageStatusType1:
    if value in INPUTS_ITEM_MESSAGE_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_MESSAGE_STATUS_TYPE_1_VALUES!r}"
    )
