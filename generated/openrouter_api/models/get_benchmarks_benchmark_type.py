from typing import Literal

GetBenchmarksBenchmarkType = Literal[
    "gpqa_diamond",
    "search_browsecomp",
    "search_dsqa",
    "search_hle",
    "search_widesearch",
    "tau_bench_verified_airline",
]

GET_BENCHMARKS_BENCHMARK_TYPE_VALUES: set[GetBenchmarksBenchmarkType] = {
    "gpqa_diamond",
    "search_browsecomp",
    "search_dsqa",
    "search_hle",
    "search_widesearch",
    "tau_bench_verified_airline",
}


def check_get_benchmarks_benchmark_type(value: str) -> GetBenchmarksBenchmarkType:
    if value in GET_BENCHMARKS_BENCHMARK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BENCHMARKS_BENCHMARK_TYPE_VALUES!r}"
    )
