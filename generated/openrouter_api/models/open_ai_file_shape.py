from typing import Literal

OpenAIFileShape = Literal["openai"]

OPEN_AI_FILE_SHAPE_VALUES: set[OpenAIFileShape] = {
    "openai",
}


def check_open_ai_file_shape(value: str) -> OpenAIFileShape:
    if value in OPEN_AI_FILE_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_FILE_SHAPE_VALUES!r}"
    )
