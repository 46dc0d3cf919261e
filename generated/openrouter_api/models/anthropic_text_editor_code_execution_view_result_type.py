from typing import Literal

AnthropicTextEditorCodeExecutionViewResultType = Literal[
    "text_editor_code_execution_view_result"
]

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_TYPE_VALUES: set[
    AnthropicTextEditorCodeExecutionViewResultType
] = {
    "text_editor_code_execution_view_result",
}


def check_anthropic_text_editor_code_execution_view_result_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionViewResultType:
    if value in ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_TYPE_VALUES!r}"
    )
