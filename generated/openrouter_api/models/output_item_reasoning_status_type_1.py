from typing import Literal

OutputItemReasoningStatusType1 = Literal["incomplete"]

OUTPUT_ITEM_REASONING_STATUS_TYPE_1_VALUES: set[OutputItemReasoningStatusType1] = {
    "incomplete",
}


def check_output_item_reasoning_status_type_1(
    value: str,
) -> OutputItemReasoningStatusType1:
    if value in OUTPUT_ITEM_REASONING_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_REASONING_STATUS_TYPE_1_VALUES!r}"
    )
