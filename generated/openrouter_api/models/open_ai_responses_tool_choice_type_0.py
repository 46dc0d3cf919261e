from typing import Literal

OpenAIResponsesToolChoiceType0 = Literal["auto"]

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_0_VALUES: set[OpenAIResponsesToolChoiceType0] = {
    "auto",
}


def check_open_ai_responses_tool_choice_type_0(
    value: str,
) -> OpenAIResponsesToolChoiceType0:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_0_VALUES!r}"
    )
