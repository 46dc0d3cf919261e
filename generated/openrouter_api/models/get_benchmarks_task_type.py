from typing import Literal

GetBenchmarksTaskType = Literal["agentic", "coding", "intelligence", "search"]

GET_BENCHMARKS_TASK_TYPE_VALUES: set[GetBenchmarksTaskType] = {
    "agentic",
    "coding",
    "intelligence",
    "search",
}


def check_get_benchmarks_task_type(value: str) -> GetBenchmarksTaskType:
    if value in GET_BENCHMARKS_TASK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BENCHMARKS_TASK_TYPE_VALUES!r}"
    )
