from typing import Literal

ImageGenerationRequestBackground = Literal["auto", "opaque", "transparent"]

IMAGE_GENERATION_REQUEST_BACKGROUND_VALUES: set[ImageGenerationRequestBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_generation_request_background(
    value: str,
) -> ImageGenerationRequestBackground:
    if value in IMAGE_GENERATION_REQUEST_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_REQUEST_BACKGROUND_VALUES!r}"
    )
