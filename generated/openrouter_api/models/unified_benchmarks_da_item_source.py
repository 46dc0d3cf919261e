from typing import Literal

UnifiedBenchmarksDAItemSource = Literal["design-arena"]

UNIFIED_BENCHMARKS_DA_ITEM_SOURCE_VALUES: set[UnifiedBenchmarksDAItemSource] = {
    "design-arena",
}


def check_unified_benchmarks_da_item_source(
    value: str,
) -> UnifiedBenchmarksDAItemSource:
    if value in UNIFIED_BENCHMARKS_DA_ITEM_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_DA_ITEM_SOURCE_VALUES!r}"
    )
