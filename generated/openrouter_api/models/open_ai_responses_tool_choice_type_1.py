from typing import Literal

OpenAIResponsesToolChoiceType1 = Literal["none"]

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_1_VALUES: set[OpenAIResponsesToolChoiceType1] = {
    "none",
}


def check_open_ai_responses_tool_choice_type_1(
    value: str,
) -> OpenAIResponsesToolChoiceType1:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_1_VALUES!r}"
    )
