from typing import Literal

SpeechInputReferenceTextType = Literal["text"]

SPEECH_INPUT_REFERENCE_TEXT_TYPE_VALUES: set[SpeechInputReferenceTextType] = {
    "text",
}


def check_speech_input_reference_text_type(value: str) -> SpeechInputReferenceTextType:
    if value in SPEECH_INPUT_REFERENCE_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPEECH_INPUT_REFERENCE_TEXT_TYPE_VALUES!r}"
    )
