from typing import Literal

ChatContentImageType = Literal["image_url"]

CHAT_CONTENT_IMAGE_TYPE_VALUES: set[ChatContentImageType] = {
    "image_url",
}


def check_chat_content_image_type(value: str) -> ChatContentImageType:
    if value in CHAT_CONTENT_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_CONTENT_IMAGE_TYPE_VALUES!r}"
    )
