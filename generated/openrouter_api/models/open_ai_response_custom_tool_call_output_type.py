from typing import Literal

OpenAIResponseCustomToolCallOutputType = Literal["custom_tool_call_output"]

OPEN_AI_RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_TYPE_VALUES: set[
    OpenAIResponseCustomToolCallOutputType
] = {
    "custom_tool_call_output",
}


def check_open_ai_response_custom_tool_call_output_type(
    value: str,
) -> OpenAIResponseCustomToolCallOutputType:
    if value in OPEN_AI_RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
