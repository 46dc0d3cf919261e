from typing import Literal

AnthropicBase64ImageSourceType = Literal["base64"]

ANTHROPIC_BASE_64_IMAGE_SOURCE_TYPE_VALUES: set[AnthropicBase64ImageSourceType] = {
    "base64",
}


def check_anthropic_base_64_image_source_type(
    value: str,
) -> AnthropicBase64ImageSourceType:
    if value in ANTHROPIC_BASE_64_IMAGE_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_BASE_64_IMAGE_SOURCE_TYPE_VALUES!r}"
    )
