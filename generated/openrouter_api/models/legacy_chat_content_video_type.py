from typing import Literal

LegacyChatContentVideoType = Literal["input_video"]

LEGACY_CHAT_CONTENT_VIDEO_TYPE_VALUES: set[LegacyChatContentVideoType] = {
    "input_video",
}


def check_legacy_chat_content_video_type(value: str) -> LegacyChatContentVideoType:
    if value in LEGACY_CHAT_CONTENT_VIDEO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEGACY_CHAT_CONTENT_VIDEO_TYPE_VALUES!r}"
    )
