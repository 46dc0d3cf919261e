from typing import Literal

SubagentReasoningEffort = Literal[
    "high", "low", "max", "medium", "minimal", "none", "xhigh"
]

SUBAGENT_REASONING_EFFORT_VALUES: set[SubagentReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_subagent_reasoning_effort(value: str) -> SubagentReasoningEffort:
    if value in SUBAGENT_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBAGENT_REASONING_EFFORT_VALUES!r}"
    )
