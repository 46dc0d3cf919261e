from typing import Literal

AnthropicCompactionBlockType = Literal["compaction"]

ANTHROPIC_COMPACTION_BLOCK_TYPE_VALUES: set[AnthropicCompactionBlockType] = {
    "compaction",
}


def check_anthropic_compaction_block_type(value: str) -> AnthropicCompactionBlockType:
    if value in ANTHROPIC_COMPACTION_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_COMPACTION_BLOCK_TYPE_VALUES!r}"
    )
