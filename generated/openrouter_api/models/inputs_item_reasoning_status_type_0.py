from typing import Literal

InputsItemReasoningStatusType0 = Literal["completed"]

INPUTS_ITEM_REASONING_STATUS_TYPE_0_VALUES: set[InputsItemReasoningStatusType0] = {
    "completed",
}


def check_inputs_item_reasoning_status_type_0(
    value: str,
) -> InputsItemReasoningStatusType0:
    if value in INPUTS_ITEM_REASONING_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_REASONING_STATUS_TYPE_0_VALUES!r}"
    )
