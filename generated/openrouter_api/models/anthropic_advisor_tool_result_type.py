from typing import Literal

AnthropicAdvisorToolResultType = Literal["advisor_tool_result"]

ANTHROPIC_ADVISOR_TOOL_RESULT_TYPE_VALUES: set[AnthropicAdvisorToolResultType] = {
    "advisor_tool_result",
}


def check_anthropic_advisor_tool_result_type(
    value: str,
) -> AnthropicAdvisorToolResultType:
    if value in ANTHROPIC_ADVISOR_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_ADVISOR_TOOL_RESULT_TYPE_VALUES!r}"
    )
