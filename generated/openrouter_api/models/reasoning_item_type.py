from typing import Literal

ReasoningItemType = Literal["reasoning"]

REASONING_ITEM_TYPE_VALUES: set[ReasoningItemType] = {
    "reasoning",
}


def check_reasoning_item_type(value: str) -> ReasoningItemType:
    if value in REASONING_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_ITEM_TYPE_VALUES!r}"
    )
