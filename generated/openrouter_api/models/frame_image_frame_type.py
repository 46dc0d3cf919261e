from typing import Literal

FrameImageFrameType = Literal["first_frame", "last_frame"]

FRAME_IMAGE_FRAME_TYPE_VALUES: set[FrameImageFrameType] = {
    "first_frame",
    "last_frame",
}


def check_frame_image_frame_type(value: str) -> FrameImageFrameType:
    if value in FRAME_IMAGE_FRAME_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FRAME_IMAGE_FRAME_TYPE_VALUES!r}"
    )
