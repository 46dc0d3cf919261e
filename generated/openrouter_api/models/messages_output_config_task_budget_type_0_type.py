from typing import Literal

MessagesOutputConfigTaskBudgetType0Type = Literal["tokens"]

MESSAGES_OUTPUT_CONFIG_TASK_BUDGET_TYPE_0_TYPE_VALUES: set[
    MessagesOutputConfigTaskBudgetType0Type
] = {
    "tokens",
}


def check_messages_output_config_task_budget_type_0_type(
    value: str,
) -> MessagesOutputConfigTaskBudgetType0Type:
    if value in MESSAGES_OUTPUT_CONFIG_TASK_BUDGET_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_OUTPUT_CONFIG_TASK_BUDGET_TYPE_0_TYPE_VALUES!r}"
    )
