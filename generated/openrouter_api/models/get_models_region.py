from typing import Literal

GetModelsRegion = Literal["eu", "us"]

GET_MODELS_REGION_VALUES: set[GetModelsRegion] = {
    "eu",
    "us",
}


def check_get_models_region(value: str) -> GetModelsRegion:
    if value in GET_MODELS_REGION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MODELS_REGION_VALUES!r}"
    )
