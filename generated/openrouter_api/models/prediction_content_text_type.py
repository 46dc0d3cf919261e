from typing import Literal

PredictionContentTextType = Literal["text"]

PREDICTION_CONTENT_TEXT_TYPE_VALUES: set[PredictionContentTextType] = {
    "text",
}


def check_prediction_content_text_type(value: str) -> PredictionContentTextType:
    if value in PREDICTION_CONTENT_TEXT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREDICTION_CONTENT_TEXT_TYPE_VALUES!r}"
    )
