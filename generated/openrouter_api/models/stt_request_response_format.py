from typing import Literal

STTRequestResponseFormat = Literal["json", "verbose_json"]

STT_REQUEST_RESPONSE_FORMAT_VALUES: set[STTRequestResponseFormat] = {
    "json",
    "verbose_json",
}


def check_stt_request_response_format(value: str) -> STTRequestResponseFormat:
    if value in STT_REQUEST_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STT_REQUEST_RESPONSE_FORMAT_VALUES!r}"
    )
