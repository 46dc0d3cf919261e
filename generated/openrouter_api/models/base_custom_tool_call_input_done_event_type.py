from typing import Literal

BaseCustomToolCallInputDoneEventType = Literal["response.custom_tool_call_input.done"]

BASE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES: set[
    BaseCustomToolCallInputDoneEventType
] = {
    "response.custom_tool_call_input.done",
}


def check_base_custom_tool_call_input_done_event_type(
    value: str,
) -> BaseCustomToolCallInputDoneEventType:
    if value in BASE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES!r}"
    )
