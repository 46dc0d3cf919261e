from typing import Literal

BaseErrorEventType = Literal["error"]

BASE_ERROR_EVENT_TYPE_VALUES: set[BaseErrorEventType] = {
    "error",
}


def check_base_error_event_type(value: str) -> BaseErrorEventType:
    if value in BASE_ERROR_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_ERROR_EVENT_TYPE_VALUES!r}"
    )
