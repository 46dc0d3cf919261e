from typing import Literal

ChatFormatTextConfigType = Literal["text"]

CHAT_FORMAT_TEXT_CONFIG_TYPE_VALUES: set[ChatFormatTextConfigType] = {
    "text",
}


def check_chat_format_text_config_type(value: str) -> ChatFormatTextConfigType:
    if value in CHAT_FORMAT_TEXT_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_FORMAT_TEXT_CONFIG_TYPE_VALUES!r}"
    )
