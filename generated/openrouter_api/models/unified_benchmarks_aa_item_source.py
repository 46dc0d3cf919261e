from typing import Literal

UnifiedBenchmarksAAItemSource = Literal["artificial-analysis"]

UNIFIED_BENCHMARKS_AA_ITEM_SOURCE_VALUES: set[UnifiedBenchmarksAAItemSource] = {
    "artificial-analysis",
}


def check_unified_benchmarks_aa_item_source(
    value: str,
) -> UnifiedBenchmarksAAItemSource:
    if value in UNIFIED_BENCHMARKS_AA_ITEM_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_AA_ITEM_SOURCE_VALUES!r}"
    )
