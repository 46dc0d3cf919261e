from typing import Literal

AnthropicBashCodeExecutionOutputType = Literal["bash_code_execution_output"]

ANTHROPIC_BASH_CODE_EXECUTION_OUTPUT_TYPE_VALUES: set[
    AnthropicBashCodeExecutionOutputType
] = {
    "bash_code_execution_output",
}


def check_anthropic_bash_code_execution_output_type(
    value: str,
) -> AnthropicBashCodeExecutionOutputType:
    if value in ANTHROPIC_BASH_CODE_EXECUTION_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_BASH_CODE_EXECUTION_OUTPUT_TYPE_VALUES!r}"
    )
