from typing import Literal

InputsItemReasoningType = Literal["reasoning"]

INPUTS_ITEM_REASONING_TYPE_VALUES: set[InputsItemReasoningType] = {
    "reasoning",
}


def check_inputs_item_reasoning_type(value: str) -> InputsItemReasoningType:
    if value in INPUTS_ITEM_REASONING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_REASONING_TYPE_VALUES!r}"
    )
