from typing import Literal

ContextCompactionItemType = Literal["context_compaction"]

CONTEXT_COMPACTION_ITEM_TYPE_VALUES: set[ContextCompactionItemType] = {
    "context_compaction",
}


def check_context_compaction_item_type(value: str) -> ContextCompactionItemType:
    if value in CONTEXT_COMPACTION_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTEXT_COMPACTION_ITEM_TYPE_VALUES!r}"
    )
