from typing import Literal

ChatFormatJsonObjectConfigType = Literal["json_object"]

CHAT_FORMAT_JSON_OBJECT_CONFIG_TYPE_VALUES: set[ChatFormatJsonObjectConfigType] = {
    "json_object",
}


def check_chat_format_json_object_config_type(
    value: str,
) -> ChatFormatJsonObjectConfigType:
    if value in CHAT_FORMAT_JSON_OBJECT_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_FORMAT_JSON_OBJECT_CONFIG_TYPE_VALUES!r}"
    )
