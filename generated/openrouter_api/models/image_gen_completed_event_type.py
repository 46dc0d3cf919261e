from typing import Literal

ImageGenCompletedEventType = Literal["image_generation.completed"]

IMAGE_GEN_COMPLETED_EVENT_TYPE_VALUES: set[ImageGenCompletedEventType] = {
    "image_generation.completed",
}


def check_image_gen_completed_event_type(value: str) -> ImageGenCompletedEventType:
    if value in IMAGE_GEN_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
