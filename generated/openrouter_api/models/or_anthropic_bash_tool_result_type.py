from typing import Literal

ORAnthropicBashToolResultType = Literal["openrouter_bash_tool_result"]

OR_ANTHROPIC_BASH_TOOL_RESULT_TYPE_VALUES: set[ORAnthropicBashToolResultType] = {
    "openrouter_bash_tool_result",
}


def check_or_anthropic_bash_tool_result_type(
    value: str,
) -> ORAnthropicBashToolResultType:
    if value in OR_ANTHROPIC_BASH_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OR_ANTHROPIC_BASH_TOOL_RESULT_TYPE_VALUES!r}"
    )
