from typing import Literal

InputImageType = Literal["input_image"]

INPUT_IMAGE_TYPE_VALUES: set[InputImageType] = {
    "input_image",
}


def check_input_image_type(value: str) -> InputImageType:
    if value in INPUT_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUT_IMAGE_TYPE_VALUES!r}"
    )
