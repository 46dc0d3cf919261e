from typing import Literal

InputsItemReasoningStatusType1 = Literal["incomplete"]

INPUTS_ITEM_REASONING_STATUS_TYPE_1_VALUES: set[InputsItemReasoningStatusType1] = {
    "incomplete",
}


def check_inputs_item_reasoning_status_type_1(
    value: str,
) -> InputsItemReasoningStatusType1:
    if value in INPUTS_ITEM_REASONING_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_REASONING_STATUS_TYPE_1_VALUES!r}"
    )
