from typing import Literal

ChatContentFileType = Literal["file"]

CHAT_CONTENT_FILE_TYPE_VALUES: set[ChatContentFileType] = {
    "file",
}


def check_chat_content_file_type(value: str) -> ChatContentFileType:
    if value in CHAT_CONTENT_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_CONTENT_FILE_TYPE_VALUES!r}"
    )
