from typing import Literal

AdvisorReasoningEffort = Literal[
    "high", "low", "max", "medium", "minimal", "none", "xhigh"
]

ADVISOR_REASONING_EFFORT_VALUES: set[AdvisorReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_advisor_reasoning_effort(value: str) -> AdvisorReasoningEffort:
    if value in ADVISOR_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADVISOR_REASONING_EFFORT_VALUES!r}"
    )
