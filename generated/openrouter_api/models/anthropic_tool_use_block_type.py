from typing import Literal

AnthropicToolUseBlockType = Literal["tool_use"]

ANTHROPIC_TOOL_USE_BLOCK_TYPE_VALUES: set[AnthropicToolUseBlockType] = {
    "tool_use",
}


def check_anthropic_tool_use_block_type(value: str) -> AnthropicToolUseBlockType:
    if value in ANTHROPIC_TOOL_USE_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TOOL_USE_BLOCK_TYPE_VALUES!r}"
    )
