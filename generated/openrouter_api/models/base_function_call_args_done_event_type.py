from typing import Literal

BaseFunctionCallArgsDoneEventType = Literal["response.function_call_arguments.done"]

BASE_FUNCTION_CALL_ARGS_DONE_EVENT_TYPE_VALUES: set[
    BaseFunctionCallArgsDoneEventType
] = {
    "response.function_call_arguments.done",
}


def check_base_function_call_args_done_event_type(
    value: str,
) -> BaseFunctionCallArgsDoneEventType:
    if value in BASE_FUNCTION_CALL_ARGS_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_FUNCTION_CALL_ARGS_DONE_EVENT_TYPE_VALUES!r}"
    )
