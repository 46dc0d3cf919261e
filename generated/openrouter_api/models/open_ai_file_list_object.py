from typing import Literal

OpenAIFileListObject = Literal["list"]

OPEN_AI_FILE_LIST_OBJECT_VALUES: set[OpenAIFileListObject] = {
    "list",
}


def check_open_ai_file_list_object(value: str) -> OpenAIFileListObject:
    if value in OPEN_AI_FILE_LIST_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_FILE_LIST_OBJECT_VALUES!r}"
    )
