from typing import Literal

ReasoningDetailSummaryType = Literal["reasoning.summary"]

REASONING_DETAIL_SUMMARY_TYPE_VALUES: set[ReasoningDetailSummaryType] = {
    "reasoning.summary",
}


def check_reasoning_detail_summary_type(value: str) -> ReasoningDetailSummaryType:
    if value in REASONING_DETAIL_SUMMARY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_DETAIL_SUMMARY_TYPE_VALUES!r}"
    )
