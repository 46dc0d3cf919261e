from typing import Literal

BaseReasoningSummaryTextDoneEventType = Literal["response.reasoning_summary_text.done"]

BASE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES: set[
    BaseReasoningSummaryTextDoneEventType
] = {
    "response.reasoning_summary_text.done",
}


def check_base_reasoning_summary_text_done_event_type(
    value: str,
) -> BaseReasoningSummaryTextDoneEventType:
    if value in BASE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_REASONING_SUMMARY_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
