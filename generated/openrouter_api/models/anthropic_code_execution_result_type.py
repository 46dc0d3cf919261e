from typing import Literal

AnthropicCodeExecutionResultType = Literal["code_execution_result"]

ANTHROPIC_CODE_EXECUTION_RESULT_TYPE_VALUES: set[AnthropicCodeExecutionResultType] = {
    "code_execution_result",
}


def check_anthropic_code_execution_result_type(
    value: str,
) -> AnthropicCodeExecutionResultType:
    if value in ANTHROPIC_CODE_EXECUTION_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CODE_EXECUTION_RESULT_TYPE_VALUES!r}"
    )
