from typing import Literal

UnifiedBenchmarksMetaVersion = Literal["v1"]

UNIFIED_BENCHMARKS_META_VERSION_VALUES: set[UnifiedBenchmarksMetaVersion] = {
    "v1",
}


def check_unified_benchmarks_meta_version(value: str) -> UnifiedBenchmarksMetaVersion:
    if value in UNIFIED_BENCHMARKS_META_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIFIED_BENCHMARKS_META_VERSION_VALUES!r}"
    )
