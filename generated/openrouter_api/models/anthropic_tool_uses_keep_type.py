from typing import Literal

AnthropicToolUsesKeepType = Literal["tool_uses"]

ANTHROPIC_TOOL_USES_KEEP_TYPE_VALUES: set[AnthropicToolUsesKeepType] = {
    "tool_uses",
}


def check_anthropic_tool_uses_keep_type(value: str) -> AnthropicToolUsesKeepType:
    if value in ANTHROPIC_TOOL_USES_KEEP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_USES_KEEP_TYPE_VALUES!r}"
    )
