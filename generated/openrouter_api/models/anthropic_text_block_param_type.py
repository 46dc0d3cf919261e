from typing import Literal

AnthropicTextBlockParamType = Literal["text"]

ANTHROPIC_TEXT_BLOCK_PARAM_TYPE_VALUES: set[AnthropicTextBlockParamType] = {
    "text",
}


def check_anthropic_text_block_param_type(value: str) -> AnthropicTextBlockParamType:
    if value in ANTHROPIC_TEXT_BLOCK_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TEXT_BLOCK_PARAM_TYPE_VALUES!r}"
    )
