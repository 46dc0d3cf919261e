from typing import Literal

OutputReasoningItemStatusType1 = Literal["incomplete"]

OUTPUT_REASONING_ITEM_STATUS_TYPE_1_VALUES: set[OutputReasoningItemStatusType1] = {
    "incomplete",
}


def check_output_reasoning_item_status_type_1(
    value: str,
) -> OutputReasoningItemStatusType1:
    if value in OUTPUT_REASONING_ITEM_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_REASONING_ITEM_STATUS_TYPE_1_VALUES!r}"
    )
