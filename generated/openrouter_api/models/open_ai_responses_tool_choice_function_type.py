from typing import Literal

OpenAIResponsesToolChoiceFunctionType = Literal["function"]

OPEN_AI_RESPONSES_TOOL_CHOICE_FUNCTION_TYPE_VALUES: set[
    OpenAIResponsesToolChoiceFunctionType
] = {
    "function",
}


def check_open_ai_responses_tool_choice_function_type(
    value: str,
) -> OpenAIResponsesToolChoiceFunctionType:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_FUNCTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_FUNCTION_TYPE_VALUES!r}"
    )
