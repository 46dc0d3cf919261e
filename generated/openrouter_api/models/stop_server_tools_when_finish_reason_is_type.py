from typing import Literal

StopServerToolsWhenFinishReasonIsType = Literal["finish_reason_is"]

STOP_SERVER_TOOLS_WHEN_FINISH_REASON_IS_TYPE_VALUES: set[
    StopServerToolsWhenFinishReasonIsType
] = {
    "finish_reason_is",
}


def check_stop_server_tools_when_finish_reason_is_type(
    value: str,
) -> StopServerToolsWhenFinishReasonIsType:
    if value in STOP_SERVER_TOOLS_WHEN_FINISH_REASON_IS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOP_SERVER_TOOLS_WHEN_FINISH_REASON_IS_TYPE_VALUES!r}"
    )
