from typing import Literal

ProviderSortConfigPartitionType1 = Literal["model", "none"]

PROVIDER_SORT_CONFIG_PARTITION_TYPE_1_VALUES: set[ProviderSortConfigPartitionType1] = {
    "model",
    "none",
}


def check_provider_sort_config_partition_type_1(
    value: str,
) -> ProviderSortConfigPartitionType1:
    if value in PROVIDER_SORT_CONFIG_PARTITION_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_SORT_CONFIG_PARTITION_TYPE_1_VALUES!r}"
    )
