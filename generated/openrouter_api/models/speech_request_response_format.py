from typing import Literal

SpeechRequestResponseFormat = Literal["mp3", "pcm"]

SPEECH_REQUEST_RESPONSE_FORMAT_VALUES: set[SpeechRequestResponseFormat] = {
    "mp3",
    "pcm",
}


def check_speech_request_response_format(value: str) -> SpeechRequestResponseFormat:
    if value in SPEECH_REQUEST_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEECH_REQUEST_RESPONSE_FORMAT_VALUES!r}"
    )
