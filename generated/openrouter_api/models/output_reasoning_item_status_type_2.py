from typing import Literal

OutputReasoningItemStatusType2 = Literal["in_progress"]

OUTPUT_REASONING_ITEM_STATUS_TYPE_2_VALUES: set[OutputReasoningItemStatusType2] = {
    "in_progress",
}


def check_output_reasoning_item_status_type_2(
    value: str,
) -> OutputReasoningItemStatusType2:
    if value in OUTPUT_REASONING_ITEM_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_REASONING_ITEM_STATUS_TYPE_2_VALUES!r}"
    )
