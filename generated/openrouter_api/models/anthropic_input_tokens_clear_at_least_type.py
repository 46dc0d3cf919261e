from typing import Literal

AnthropicInputTokensClearAtLeastType = Literal["input_tokens"]

ANTHROPIC_INPUT_TOKENS_CLEAR_AT_LEAST_TYPE_VALUES: set[
    AnthropicInputTokensClearAtLeastType
] = {
    "input_tokens",
}


def check_anthropic_input_tokens_clear_at_least_type(
    value: str,
) -> AnthropicInputTokensClearAtLeastType:
    if value in ANTHROPIC_INPUT_TOKENS_CLEAR_AT_LEAST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_INPUT_TOKENS_CLEAR_AT_LEAST_TYPE_VALUES!r}"
    )
