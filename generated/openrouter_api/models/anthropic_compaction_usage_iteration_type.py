from typing import Literal

AnthropicCompactionUsageIterationType = Literal["compaction"]

ANTHROPIC_COMPACTION_USAGE_ITERATION_TYPE_VALUES: set[
    AnthropicCompactionUsageIterationType
] = {
    "compaction",
}


def check_anthropic_compaction_usage_iteration_type(
    value: str,
) -> AnthropicCompactionUsageIterationType:
    if value in ANTHROPIC_COMPACTION_USAGE_ITERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_COMPACTION_USAGE_ITERATION_TYPE_VALUES!r}"
    )
