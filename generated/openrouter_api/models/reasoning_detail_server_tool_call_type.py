from typing import Literal

ReasoningDetailServerToolCallType = Literal["reasoning.server_tool_call"]

REASONING_DETAIL_SERVER_TOOL_CALL_TYPE_VALUES: set[
    ReasoningDetailServerToolCallType
] = {
    "reasoning.server_tool_call",
}


def check_reasoning_detail_server_tool_call_type(
    value: str,
) -> ReasoningDetailServerToolCallType:
    if value in REASONING_DETAIL_SERVER_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_DETAIL_SERVER_TOOL_CALL_TYPE_VALUES!r}"
    )
