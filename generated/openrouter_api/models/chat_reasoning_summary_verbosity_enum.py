from typing import Literal

ChatReasoningSummaryVerbosityEnum = Literal["auto", "concise", "detailed"]

CHAT_REASONING_SUMMARY_VERBOSITY_ENUM_VALUES: set[ChatReasoningSummaryVerbosityEnum] = {
    "auto",
    "concise",
    "detailed",
}


def check_chat_reasoning_summary_verbosity_enum(
    value: str,
) -> ChatReasoningSummaryVerbosityEnum:
    if value in CHAT_REASONING_SUMMARY_VERBOSITY_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REASONING_SUMMARY_VERBOSITY_ENUM_VALUES!r}"
    )
