from typing import Literal

DebugEventType = Literal["response.debug"]

DEBUG_EVENT_TYPE_VALUES: set[DebugEventType] = {
    "response.debug",
}


def check_debug_event_type(value: str) -> DebugEventType:
    if value in DEBUG_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEBUG_EVENT_TYPE_VALUES!r}"
    )
