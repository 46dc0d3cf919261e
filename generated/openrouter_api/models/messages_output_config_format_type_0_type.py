from typing import Literal

MessagesOutputConfigFormatType0Type = Literal["json_schema"]

MESSAGES_OUTPUT_CONFIG_FORMAT_TYPE_0_TYPE_VALUES: set[
    MessagesOutputConfigFormatType0Type
] = {
    "json_schema",
}


def check_messages_output_config_format_type_0_type(
    value: str,
) -> MessagesOutputConfigFormatType0Type:
    if value in MESSAGES_OUTPUT_CONFIG_FORMAT_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_OUTPUT_CONFIG_FORMAT_TYPE_0_TYPE_VALUES!r}"
    )
