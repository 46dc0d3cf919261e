from typing import Literal

GetModelsSort = Literal[
    "agentic-high-to-low",
    "coding-high-to-low",
    "context-high-to-low",
    "design-arena-elo-high-to-low",
    "intelligence-high-to-low",
    "latency-low-to-high",
    "most-popular",
    "newest",
    "pricing-high-to-low",
    "pricing-low-to-high",
    "throughput-high-to-low",
    "top-weekly",
]

GET_MODELS_SORT_VALUES: set[GetModelsSort] = {
    "agentic-high-to-low",
    "coding-high-to-low",
    "context-high-to-low",
    "design-arena-elo-high-to-low",
    "intelligence-high-to-low",
    "latency-low-to-high",
    "most-popular",
    "newest",
    "pricing-high-to-low",
    "pricing-low-to-high",
    "throughput-high-to-low",
    "top-weekly",
}


def check_get_models_sort(value: str) -> GetModelsSort:
    if value in GET_MODELS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MODELS_SORT_VALUES!r}"
    )
