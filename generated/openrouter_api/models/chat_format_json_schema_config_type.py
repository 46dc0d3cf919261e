from typing import Literal

ChatFormatJsonSchemaConfigType = Literal["json_schema"]

CHAT_FORMAT_JSON_SCHEMA_CONFIG_TYPE_VALUES: set[ChatFormatJsonSchemaConfigType] = {
    "json_schema",
}


def check_chat_format_json_schema_config_type(
    value: str,
) -> ChatFormatJsonSchemaConfigType:
    if value in CHAT_FORMAT_JSON_SCHEMA_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_FORMAT_JSON_SCHEMA_CONFIG_TYPE_VALUES!r}"
    )
