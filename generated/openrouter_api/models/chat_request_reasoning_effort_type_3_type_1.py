from typing import Literal

ChatRequestReasoningEffortType3Type1 = Literal[
    "high", "low", "max", "medium", "minimal", "none", "xhigh"
]

CHAT_REQUEST_REASONING_EFFORT_TYPE_3_TYPE_1_VALUES: set[
    ChatRequestReasoningEffortType3Type1
] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_chat_request_reasoning_effort_type_3_type_1(
    value: str,
) -> ChatRequestReasoningEffortType3Type1:
    if value in CHAT_REQUEST_REASONING_EFFORT_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_REQUEST_REASONING_EFFORT_TYPE_3_TYPE_1_VALUES!r}"
    )
