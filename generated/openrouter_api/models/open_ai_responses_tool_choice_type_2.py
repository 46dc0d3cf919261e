from typing import Literal

OpenAIResponsesToolChoiceType2 = Literal["required"]

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_2_VALUES: set[OpenAIResponsesToolChoiceType2] = {
    "required",
}


def check_open_ai_responses_tool_choice_type_2(
    value: str,
) -> OpenAIResponsesToolChoiceType2:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_2_VALUES!r}"
    )
