from typing import Literal

UnifiedBenchmarksSearchItemSource = Literal["openrouter"]

UNIFIED_BENCHMARKS_SEARCH_ITEM_SOURCE_VALUES: set[UnifiedBenchmarksSearchItemSource] = {
    "openrouter",
}


def check_unified_benchmarks_search_item_source(
    value: str,
) -> UnifiedBenchmarksSearchItemSource:
    if value in UNIFIED_BENCHMARKS_SEARCH_ITEM_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_SEARCH_ITEM_SOURCE_VALUES!r}"
    )
