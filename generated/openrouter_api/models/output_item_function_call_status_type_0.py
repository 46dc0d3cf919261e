from typing import Literal

OutputItemFunctionCallStatusType0 = Literal["completed"]

OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_0_VALUES: set[
    OutputItemFunctionCallStatusType0
] = {
    "completed",
}


def check_output_item_function_call_status_type_0(
    value: str,
) -> OutputItemFunctionCallStatusType0:
    if value in OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_FUNCTION_CALL_STATUS_TYPE_0_VALUES!r}"
    )
