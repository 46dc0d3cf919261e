from typing import Literal

ResponseFormatPythonType = Literal["python"]

RESPONSE_FORMAT_PYTHON_TYPE_VALUES: set[ResponseFormatPythonType] = {
    "python",
}


def check_response_format_python_type(value: str) -> ResponseFormatPythonType:
    if value in RESPONSE_FORMAT_PYTHON_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FORMAT_PYTHON_TYPE_VALUES!r}"
    )
