from typing import Literal

OpenAIResponseFunctionToolCallOutputType = Literal["function_call_output"]

OPEN_AI_RESPONSE_FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES: set[
    OpenAIResponseFunctionToolCallOutputType
] = {
    "function_call_output",
}


def check_open_ai_response_function_tool_call_output_type(
    value: str,
) -> OpenAIResponseFunctionToolCallOutputType:
    if value in OPEN_AI_RESPONSE_FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSE_FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES!r}"
    )
