from typing import Literal

BaseCustomToolCallInputDeltaEventType = Literal["response.custom_tool_call_input.delta"]

BASE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES: set[
    BaseCustomToolCallInputDeltaEventType
] = {
    "response.custom_tool_call_input.delta",
}


def check_base_custom_tool_call_input_delta_event_type(
    value: str,
) -> BaseCustomToolCallInputDeltaEventType:
    if value in BASE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES!r}"
    )
