from typing import Literal

ReasoningDetailTextType = Literal["reasoning.text"]

REASONING_DETAIL_TEXT_TYPE_VALUES: set[ReasoningDetailTextType] = {
    "reasoning.text",
}


def check_reasoning_detail_text_type(value: str) -> ReasoningDetailTextType:
    if value in REASONING_DETAIL_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_DETAIL_TEXT_TYPE_VALUES!r}"
    )
