from typing import Literal

AnthropicCodeExecutionToolResultType = Literal["code_execution_tool_result"]

ANTHROPIC_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES: set[
    AnthropicCodeExecutionToolResultType
] = {
    "code_execution_tool_result",
}


def check_anthropic_code_execution_tool_result_type(
    value: str,
) -> AnthropicCodeExecutionToolResultType:
    if value in ANTHROPIC_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES!r}"
    )
