from typing import Literal

ProviderPreferencesDataCollectionType2Type1 = Literal["allow", "deny"]

PROVIDER_PREFERENCES_DATA_COLLECTION_TYPE_2_TYPE_1_VALUES: set[
    ProviderPreferencesDataCollectionType2Type1
] = {
    "allow",
    "deny",
}


def check_provider_preferences_data_collection_type_2_type_1(
    value: str,
) -> ProviderPreferencesDataCollectionType2Type1:
    if value in PROVIDER_PREFERENCES_DATA_COLLECTION_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROVIDER_PREFERENCES_DATA_COLLECTION_TYPE_2_TYPE_1_VALUES!r}"
    )
