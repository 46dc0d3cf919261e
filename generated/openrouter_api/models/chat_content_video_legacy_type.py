from typing import Literal

ChatContentVideoLegacyType = Literal["input_video"]

CHAT_CONTENT_VIDEO_LEGACY_TYPE_VALUES: set[ChatContentVideoLegacyType] = {
    "input_video",
}


def check_chat_content_video_legacy_type(value: str) -> ChatContentVideoLegacyType:
    if value in CHAT_CONTENT_VIDEO_LEGACY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_CONTENT_VIDEO_LEGACY_TYPE_VALUES!r}"
    )
