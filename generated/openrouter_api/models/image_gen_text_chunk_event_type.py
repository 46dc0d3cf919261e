from typing import Literal

ImageGenTextChunkEventType = Literal["image_generation.text_chunk"]

IMAGE_GEN_TEXT_CHUNK_EVENT_TYPE_VALUES: set[ImageGenTextChunkEventType] = {
    "image_generation.text_chunk",
}


def check_image_gen_text_chunk_event_type(value: str) -> ImageGenTextChunkEventType:
    if value in IMAGE_GEN_TEXT_CHUNK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TEXT_CHUNK_EVENT_TYPE_VALUES!r}"
    )
