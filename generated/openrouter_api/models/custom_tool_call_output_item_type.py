from typing import Literal

CustomToolCallOutputItemType = Literal["custom_tool_call_output"]

CUSTOM_TOOL_CALL_OUTPUT_ITEM_TYPE_VALUES: set[CustomToolCallOutputItemType] = {
    "custom_tool_call_output",
}


def check_custom_tool_call_output_item_type(value: str) -> CustomToolCallOutputItemType:
    if value in CUSTOM_TOOL_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CALL_OUTPUT_ITEM_TYPE_VALUES!r}"
    )
