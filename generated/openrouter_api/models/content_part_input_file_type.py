from typing import Literal

ContentPartInputFileType = Literal["input_file"]

CONTENT_PART_INPUT_FILE_TYPE_VALUES: set[ContentPartInputFileType] = {
    "input_file",
}


def check_content_part_input_file_type(value: str) -> ContentPartInputFileType:
    if value in CONTENT_PART_INPUT_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_PART_INPUT_FILE_TYPE_VALUES!r}"
    )
