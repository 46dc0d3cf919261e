from typing import Literal

AnthropicFileShape = Literal["anthropic"]

ANTHROPIC_FILE_SHAPE_VALUES: set[AnthropicFileShape] = {
    "anthropic",
}


def check_anthropic_file_shape(value: str) -> AnthropicFileShape:
    if value in ANTHROPIC_FILE_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_FILE_SHAPE_VALUES!r}"
    )
