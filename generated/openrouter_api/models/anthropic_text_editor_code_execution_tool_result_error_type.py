from typing import Literal

AnthropicTextEditorCodeExecutionToolResultErrorType = Literal[
    "text_editor_code_execution_tool_result_error"
]

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES: set[
    AnthropicTextEditorCodeExecutionToolResultErrorType
] = {
    "text_editor_code_execution_tool_result_error",
}


def check_anthropic_text_editor_code_execution_tool_result_error_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionToolResultErrorType:
    if value in ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_TYPE_VALUES!r}"
    )
