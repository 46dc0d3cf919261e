from typing import Literal

OpenAIResponseCustomToolCallType = Literal["custom_tool_call"]

OPEN_AI_RESPONSE_CUSTOM_TOOL_CALL_TYPE_VALUES: set[OpenAIResponseCustomToolCallType] = {
    "custom_tool_call",
}


def check_open_ai_response_custom_tool_call_type(
    value: str,
) -> OpenAIResponseCustomToolCallType:
    if value in OPEN_AI_RESPONSE_CUSTOM_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSE_CUSTOM_TOOL_CALL_TYPE_VALUES!r}"
    )
