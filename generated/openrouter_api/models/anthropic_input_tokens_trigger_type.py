from typing import Literal

AnthropicInputTokensTriggerType = Literal["input_tokens"]

ANTHROPIC_INPUT_TOKENS_TRIGGER_TYPE_VALUES: set[AnthropicInputTokensTriggerType] = {
    "input_tokens",
}


def check_anthropic_input_tokens_trigger_type(
    value: str,
) -> AnthropicInputTokensTriggerType:
    if value in ANTHROPIC_INPUT_TOKENS_TRIGGER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_INPUT_TOKENS_TRIGGER_TYPE_VALUES!r}"
    )
