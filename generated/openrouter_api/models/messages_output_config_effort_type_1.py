from typing import Literal

MessagesOutputConfigEffortType1 = Literal["high", "low", "max", "medium", "xhigh"]

MESSAGES_OUTPUT_CONFIG_EFFORT_TYPE_1_VALUES: set[MessagesOutputConfigEffortType1] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_messages_output_config_effort_type_1(
    value: str,
) -> MessagesOutputConfigEffortType1:
    if value in MESSAGES_OUTPUT_CONFIG_EFFORT_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_OUTPUT_CONFIG_EFFORT_TYPE_1_VALUES!r}"
    )
