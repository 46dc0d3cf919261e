from typing import Literal

OutputReasoningItemStatusType0 = Literal["completed"]

OUTPUT_REASONING_ITEM_STATUS_TYPE_0_VALUES: set[OutputReasoningItemStatusType0] = {
    "completed",
}


def check_output_reasoning_item_status_type_0(
    value: str,
) -> OutputReasoningItemStatusType0:
    if value in OUTPUT_REASONING_ITEM_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_REASONING_ITEM_STATUS_TYPE_0_VALUES!r}"
    )
