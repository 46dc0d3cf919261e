from typing import Literal

AnthropicContainerUploadType = Literal["container_upload"]

ANTHROPIC_CONTAINER_UPLOAD_TYPE_VALUES: set[AnthropicContainerUploadType] = {
    "container_upload",
}


def check_anthropic_container_upload_type(value: str) -> AnthropicContainerUploadType:
    if value in ANTHROPIC_CONTAINER_UPLOAD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CONTAINER_UPLOAD_TYPE_VALUES!r}"
    )
