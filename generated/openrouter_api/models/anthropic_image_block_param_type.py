from typing import Literal

AnthropicImageBlockParamType = Literal["image"]

ANTHROPIC_IMAGE_BLOCK_PARAM_TYPE_VALUES: set[AnthropicImageBlockParamType] = {
    "image",
}


def check_anthropic_image_block_param_type(value: str) -> AnthropicImageBlockParamType:
    if value in ANTHROPIC_IMAGE_BLOCK_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_IMAGE_BLOCK_PARAM_TYPE_VALUES!r}"
    )
