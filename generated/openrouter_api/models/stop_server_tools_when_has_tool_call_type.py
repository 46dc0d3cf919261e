from typing import Literal

StopServerToolsWhenHasToolCallType = Literal["has_tool_call"]

STOP_SERVER_TOOLS_WHEN_HAS_TOOL_CALL_TYPE_VALUES: set[
    StopServerToolsWhenHasToolCallType
] = {
    "has_tool_call",
}


def check_stop_server_tools_when_has_tool_call_type(
    value: str,
) -> StopServerToolsWhenHasToolCallType:
    if value in STOP_SERVER_TOOLS_WHEN_HAS_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOP_SERVER_TOOLS_WHEN_HAS_TOOL_CALL_TYPE_VALUES!r}"
    )
