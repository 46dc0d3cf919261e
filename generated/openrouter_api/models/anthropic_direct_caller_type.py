from typing import Literal

AnthropicDirectCallerType = Literal["direct"]

ANTHROPIC_DIRECT_CALLER_TYPE_VALUES: set[AnthropicDirectCallerType] = {
    "direct",
}


def check_anthropic_direct_caller_type(value: str) -> AnthropicDirectCallerType:
    if value in ANTHROPIC_DIRECT_CALLER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_DIRECT_CALLER_TYPE_VALUES!r}"
    )
