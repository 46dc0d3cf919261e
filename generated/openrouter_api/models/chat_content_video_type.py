from typing import Literal

ChatContentVideoType = Literal["video_url"]

CHAT_CONTENT_VIDEO_TYPE_VALUES: set[ChatContentVideoType] = {
    "video_url",
}


def check_chat_content_video_type(value: str) -> ChatContentVideoType:
    if value in CHAT_CONTENT_VIDEO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_CONTENT_VIDEO_TYPE_VALUES!r}"
    )
