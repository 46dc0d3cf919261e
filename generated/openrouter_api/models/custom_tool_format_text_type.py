from typing import Literal

CustomToolFormatTextType = Literal["text"]

CUSTOM_TOOL_FORMAT_TEXT_TYPE_VALUES: set[CustomToolFormatTextType] = {
    "text",
}


def check_custom_tool_format_text_type(value: str) -> CustomToolFormatTextType:
    if value in CUSTOM_TOOL_FORMAT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_FORMAT_TEXT_TYPE_VALUES!r}"
    )
