from typing import Literal

STTTimestampGranularity = Literal["segment", "word"]

STT_TIMESTAMP_GRANULARITY_VALUES: set[STTTimestampGranularity] = {
    "segment",
    "word",
}


def check_stt_timestamp_granularity(value: str) -> STTTimestampGranularity:
    if value in STT_TIMESTAMP_GRANULARITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STT_TIMESTAMP_GRANULARITY_VALUES!r}"
    )
