from typing import Literal

OutputItemFunctionCallStatusType2 = Literal["in_progress"]

OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_2_VALUES: set[
    OutputItemFunctionCallStatusType2
] = {
    "in_progress",
}


def check_output_item_function_call_status_type_2(
    value: str,
) -> OutputItemFunctionCallStatusType2:
    if value in OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_2_VALUES!r}"
    )
