from typing import Literal

InputsItemReasoningStatusType2 = Literal["in_progress"]

INPUTS_ITEM_REASONING_STATUS_TYPE_2_VALUES: set[InputsItemReasoningStatusType2] = {
    "in_progress",
}


def check_inputs_item_reasoning_status_type_2(
    value: str,
) -> InputsItemReasoningStatusType2:
    if value in INPUTS_ITEM_REASONING_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_REASONING_STATUS_TYPE_2_VALUES!r}"
    )
