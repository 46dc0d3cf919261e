from typing import Literal

AnthropicCodeExecution20260120CallerType = Literal["code_execution_20260120"]

ANTHROPIC_CODE_EXECUTION_20260120_CALLER_TYPE_VALUES: set[
    AnthropicCodeExecution20260120CallerType
] = {
    "code_execution_20260120",
}


def check_anthropic_code_execution_20260120_caller_type(
    value: str,
) -> AnthropicCodeExecution20260120CallerType:
    if value in ANTHROPIC_CODE_EXECUTION_20260120_CALLER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CODE_EXECUTION_20260120_CALLER_TYPE_VALUES!r}"
    )
