from typing import Literal

StopServerToolsWhenStepCountIsType = Literal["step_count_is"]

STOP_SERVER_TOOLS_WHEN_STEP_COUNT_IS_TYPE_VALUES: set[
    StopServerToolsWhenStepCountIsType
] = {
    "step_count_is",
}


def check_stop_server_tools_when_step_count_is_type(
    value: str,
) -> StopServerToolsWhenStepCountIsType:
    if value in STOP_SERVER_TOOLS_WHEN_STEP_COUNT_IS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOP_SERVER_TOOLS_WHEN_STEP_COUNT_IS_TYPE_VALUES!r}"
    )
