from typing import Literal

ChatFormatPythonConfigType = Literal["python"]

CHAT_FORMAT_PYTHON_CONFIG_TYPE_VALUES: set[ChatFormatPythonConfigType] = {
    "python",
}


def check_chat_format_python_config_type(value: str) -> ChatFormatPythonConfigType:
    if value in CHAT_FORMAT_PYTHON_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_FORMAT_PYTHON_CONFIG_TYPE_VALUES!r}"
    )
