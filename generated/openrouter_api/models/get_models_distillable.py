from typing import Literal

GetModelsDistillable = Literal["false", "true"]

GET_MODELS_DISTILLABLE_VALUES: set[GetModelsDistillable] = {
    "false",
    "true",
}


def check_get_models_distillable(value: str) -> GetModelsDistillable:
    if value in GET_MODELS_DISTILLABLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MODELS_DISTILLABLE_VALUES!r}"
    )
