from typing import Literal

OpenAIFileListShape = Literal["openai"]

OPEN_AI_FILE_LIST_SHAPE_VALUES: set[OpenAIFileListShape] = {
    "openai",
}


def check_open_ai_file_list_shape(value: str) -> OpenAIFileListShape:
    if value in OPEN_AI_FILE_LIST_SHAPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_FILE_LIST_SHAPE_VALUES!r}"
    )
