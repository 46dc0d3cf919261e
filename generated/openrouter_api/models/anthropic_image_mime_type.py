from typing import Literal

AnthropicImageMimeType = Literal["image/gif", "image/jpeg", "image/png", "image/webp"]

ANTHROPIC_IMAGE_MIME_TYPE_VALUES: set[AnthropicImageMimeType] = {
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/webp",
}


def check_anthropic_image_mime_type(value: str) -> AnthropicImageMimeType:
    if value in ANTHROPIC_IMAGE_MIME_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_IMAGE_MIME_TYPE_VALUES!r}"
    )
