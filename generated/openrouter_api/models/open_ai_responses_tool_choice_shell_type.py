from typing import Literal

OpenAIResponsesToolChoiceShellType = Literal["shell"]

OPEN_AI_RESPONSES_TOOL_CHOICE_SHELL_TYPE_VALUES: set[
    OpenAIResponsesToolChoiceShellType
] = {
    "shell",
}


def check_open_ai_responses_tool_choice_shell_type(
    value: str,
) -> OpenAIResponsesToolChoiceShellType:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_SHELL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_SHELL_TYPE_VALUES!r}"
    )
