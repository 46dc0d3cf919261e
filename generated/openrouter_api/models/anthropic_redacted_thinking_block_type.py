from typing import Literal

AnthropicRedactedThinkingBlockType = Literal["redacted_thinking"]

ANTHROPIC_REDACTED_THINKING_BLOCK_TYPE_VALUES: set[
    AnthropicRedactedThinkingBlockType
] = {
    "redacted_thinking",
}


def check_anthropic_redacted_thinking_block_type(
    value: str,
) -> AnthropicRedactedThinkingBlockType:
    if value in ANTHROPIC_REDACTED_THINKING_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_REDACTED_THINKING_BLOCK_TYPE_VALUES!r}"
    )
