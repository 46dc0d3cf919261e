from typing import Literal

AnthropicAllowedCallersItem = Literal[
    "code_execution_20250825", "code_execution_20260120", "direct"
]

ANTHROPIC_ALLOWED_CALLERS_ITEM_VALUES: set[AnthropicAllowedCallersItem] = {
    "code_execution_20250825",
    "code_execution_20260120",
    "direct",
}


def check_anthropic_allowed_callers_item(value: str) -> AnthropicAllowedCallersItem:
    if value in ANTHROPIC_ALLOWED_CALLERS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_ALLOWED_CALLERS_ITEM_VALUES!r}"
    )
