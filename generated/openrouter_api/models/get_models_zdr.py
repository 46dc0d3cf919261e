from typing import Literal

GetModelsZdr = Literal["true"]

GET_MODELS_ZDR_VALUES: set[GetModelsZdr] = {
    "true",
}


def check_get_models_zdr(value: str) -> GetModelsZdr:
    if value in GET_MODELS_ZDR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MODELS_ZDR_VALUES!r}"
    )
