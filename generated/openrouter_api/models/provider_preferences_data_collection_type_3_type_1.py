from typing import Literal

ProviderPreferencesDataCollectionType3Type1 = Literal["allow", "deny"]

PROVIDER_PREFERENCES_DATA_COLLECTION_TYPE_3_TYPE_1_VALUES: set[
    ProviderPreferencesDataCollectionType3Type1
] = {
    "allow",
    "deny",
}


def check_provider_preferences_data_collection_type_3_type_1(
    value: str,
) -> ProviderPreferencesDataCollectionType3Type1:
    if value in PROVIDER_PREFERENCES_DATA_COLLECTION_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_PREFERENCES_DATA_COLLECTION_TYPE_3_TYPE_1_VALUES!r}"
    )
