from typing import Literal

BaseFunctionCallArgsDeltaEventType = Literal["response.function_call_arguments.delta"]

BASE_FUNCTION_CALL_ARGS_DELTA_EVENT_TYPE_VALUES: set[
    BaseFunctionCallArgsDeltaEventType
] = {
    "response.function_call_arguments.delta",
}


def check_base_function_call_args_delta_event_type(
    value: str,
) -> BaseFunctionCallArgsDeltaEventType:
    if value in BASE_FUNCTION_CALL_ARGS_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_FUNCTION_CALL_ARGS_DELTA_EVENT_TYPE_VALUES!r}"
    )
