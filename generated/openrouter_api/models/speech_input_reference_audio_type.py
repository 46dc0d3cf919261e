from typing import Literal

SpeechInputReferenceAudioType = Literal["input_audio"]

SPEECH_INPUT_REFERENCE_AUDIO_TYPE_VALUES: set[SpeechInputReferenceAudioType] = {
    "input_audio",
}


def check_speech_input_reference_audio_type(
    value: str,
) -> SpeechInputReferenceAudioType:
    if value in SPEECH_INPUT_REFERENCE_AUDIO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEECH_INPUT_REFERENCE_AUDIO_TYPE_VALUES!r}"
    )
