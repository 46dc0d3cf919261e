from typing import Literal

ChatContentAudioType = Literal["input_audio"]

CHAT_CONTENT_AUDIO_TYPE_VALUES: set[ChatContentAudioType] = {
    "input_audio",
}


def check_chat_content_audio_type(value: str) -> ChatContentAudioType:
    if value in CHAT_CONTENT_AUDIO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_CONTENT_AUDIO_TYPE_VALUES!r}"
    )
