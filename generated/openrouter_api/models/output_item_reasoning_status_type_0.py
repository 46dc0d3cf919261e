from typing import Literal

OutputItemReasoningStatusType0 = Literal["completed"]

OUTPUT_ITEM_REASONING_STATUS_TYPE_0_VALUES: set[OutputItemReasoningStatusType0] = {
    "completed",
}


def check_output_item_reasoning_status_type_0(
    value: str,
) -> OutputItemReasoningStatusType0:
    if value in OUTPUT_ITEM_REASONING_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_REASONING_STATUS_TYPE_0_VALUES!r}"
    )
