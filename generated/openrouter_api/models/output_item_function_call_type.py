from typing import Literal

OutputItemFunctionCallType = Literal["function_call"]

OUTPUT_ITEM_FUNCTION_CALL_TYPE_VALUES: set[OutputItemFunctionCallType] = {
    "function_call",
}


def check_output_item_function_call_type(value: str) -> OutputItemFunctionCallType:
    if value in OUTPUT_ITEM_FUNCTION_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_FUNCTION_CALL_TYPE_VALUES!r}"
    )
