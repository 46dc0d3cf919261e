from typing import Literal

AnthropicEncryptedCodeExecutionResultType = Literal["encrypted_code_execution_result"]

ANTHROPIC_ENCRYPTED_CODE_EXECUTION_RESULT_TYPE_VALUES: set[
    AnthropicEncryptedCodeExecutionResultType
] = {
    "encrypted_code_execution_result",
}


def check_anthropic_encrypted_code_execution_result_type(
    value: str,
) -> AnthropicEncryptedCodeExecutionResultType:
    if value in ANTHROPIC_ENCRYPTED_CODE_EXECUTION_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_ENCRYPTED_CODE_EXECUTION_RESULT_TYPE_VALUES!r}"
    )
