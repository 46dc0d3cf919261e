from typing import Literal

ProviderSortConfigByType1 = Literal["exacto", "latency", "price", "throughput"]

PROVIDER_SORT_CONFIG_BY_TYPE_1_VALUES: set[ProviderSortConfigByType1] = {
    "exacto",
    "latency",
    "price",
    "throughput",
}


def check_provider_sort_config_by_type_1(value: str) -> ProviderSortConfigByType1:
    if value in PROVIDER_SORT_CONFIG_BY_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_SORT_CONFIG_BY_TYPE_1_VALUES!r}"
    )
