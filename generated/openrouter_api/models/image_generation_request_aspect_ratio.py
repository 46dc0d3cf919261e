from typing import Literal

ImageGenerationRequestAspectRatio = Literal[
    "16:9",
    "19.5:9",
    "1:1",
    "1:2",
    "1:4",
    "1:8",
    "20:9",
    "21:9",
    "2:1",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
    "9:19.5",
    "9:20",
    "9:21",
    "auto",
]

IMAGE_GENERATION_REQUEST_ASPECT_RATIO_VALUES: set[ImageGenerationRequestAspectRatio] = {
    "16:9",
    "19.5:9",
    "1:1",
    "1:2",
    "1:4",
    "1:8",
    "20:9",
    "21:9",
    "2:1",
    "2:3",
    "3:2",
    "3:4",
    "4:1",
    "4:3",
    "4:5",
    "5:4",
    "8:1",
    "9:16",
    "9:19.5",
    "9:20",
    "9:21",
    "auto",
}


def check_image_generation_request_aspect_ratio(
    value: str,
) -> ImageGenerationRequestAspectRatio:
    if value in IMAGE_GENERATION_REQUEST_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_REQUEST_ASPECT_RATIO_VALUES!r}"
    )
