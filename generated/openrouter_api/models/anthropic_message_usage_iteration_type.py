from typing import Literal

AnthropicMessageUsageIterationType = Literal["message"]

ANTHROPIC_MESSAGE_USAGE_ITERATION_TYPE_VALUES: set[
    AnthropicMessageUsageIterationType
] = {
    "message",
}


def check_anthropic_message_usage_iteration_type(
    value: str,
) -> AnthropicMessageUsageIterationType:
    if value in ANTHROPIC_MESSAGE_USAGE_ITERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_MESSAGE_USAGE_ITERATION_TYPE_VALUES!r}"
    )
