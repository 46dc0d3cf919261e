from typing import Literal

FunctionCallOutputItemType = Literal["function_call_output"]

FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES: set[FunctionCallOutputItemType] = {
    "function_call_output",
}


def check_function_call_output_item_type(value: str) -> FunctionCallOutputItemType:
    if value in FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_CALL_OUTPUT_ITEM_TYPE_VALUES!r}"
    )
