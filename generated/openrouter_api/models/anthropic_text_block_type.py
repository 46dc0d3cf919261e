from typing import Literal

AnthropicTextBlockType = Literal["text"]

ANTHROPIC_TEXT_BLOCK_TYPE_VALUES: set[AnthropicTextBlockType] = {
    "text",
}


def check_anthropic_text_block_type(value: str) -> AnthropicTextBlockType:
    if value in ANTHROPIC_TEXT_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TEXT_BLOCK_TYPE_VALUES!r}"
    )
