from typing import Literal

AnthropicTextEditorCodeExecutionStrReplaceResultType = Literal[
    "text_editor_code_execution_str_replace_result"
]

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_STR_REPLACE_RESULT_TYPE_VALUES: set[
    AnthropicTextEditorCodeExecutionStrReplaceResultType
] = {
    "text_editor_code_execution_str_replace_result",
}


def check_anthropic_text_editor_code_execution_str_replace_result_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionStrReplaceResultType:
    if value in ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_STR_REPLACE_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_STR_REPLACE_RESULT_TYPE_VALUES!r}"
    )
