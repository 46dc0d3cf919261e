from typing import Literal

OutputCustomToolCallItemType = Literal["custom_tool_call"]

OUTPUT_CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES: set[OutputCustomToolCallItemType] = {
    "custom_tool_call",
}


def check_output_custom_tool_call_item_type(value: str) -> OutputCustomToolCallItemType:
    if value in OUTPUT_CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_CUSTOM_TOOL_CALL_ITEM_TYPE_VALUES!r}"
    )
