from typing import Literal

OpenAIResponsesToolChoiceApplyPatchType = Literal["apply_patch"]

OPEN_AI_RESPONSES_TOOL_CHOICE_APPLY_PATCH_TYPE_VALUES: set[
    OpenAIResponsesToolChoiceApplyPatchType
] = {
    "apply_patch",
}


def check_open_ai_responses_tool_choice_apply_patch_type(
    value: str,
) -> OpenAIResponsesToolChoiceApplyPatchType:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_APPLY_PATCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_APPLY_PATCH_TYPE_VALUES!r}"
    )
