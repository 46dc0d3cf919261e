from typing import Literal

OutputItemReasoningType = Literal["reasoning"]

OUTPUT_ITEM_REASONING_TYPE_VALUES: set[OutputItemReasoningType] = {
    "reasoning",
}


def check_output_item_reasoning_type(value: str) -> OutputItemReasoningType:
    if value in OUTPUT_ITEM_REASONING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_REASONING_TYPE_VALUES!r}"
    )
