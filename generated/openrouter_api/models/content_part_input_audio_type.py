from typing import Literal

ContentPartInputAudioType = Literal["input_audio"]

CONTENT_PART_INPUT_AUDIO_TYPE_VALUES: set[ContentPartInputAudioType] = {
    "input_audio",
}


def check_content_part_input_audio_type(value: str) -> ContentPartInputAudioType:
    if value in CONTENT_PART_INPUT_AUDIO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTENT_PART_INPUT_AUDIO_TYPE_VALUES!r}"
    )
