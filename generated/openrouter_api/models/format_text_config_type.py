from typing import Literal

FormatTextConfigType = Literal["text"]

FORMAT_TEXT_CONFIG_TYPE_VALUES: set[FormatTextConfigType] = {
    "text",
}


def check_format_text_config_type(value: str) -> FormatTextConfigType:
    if value in FORMAT_TEXT_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FORMAT_TEXT_CONFIG_TYPE_VALUES!r}"
    )
