from typing import Literal

GetRankingsDailyModality = Literal[
    "audio", "image", "image_output", "text", "tool_calling"
]

GET_RANKINGS_DAILY_MODALITY_VALUES: set[GetRankingsDailyModality] = {
    "audio",
    "image",
    "image_output",
    "text",
    "tool_calling",
}


def check_get_rankings_daily_modality(value: str) -> GetRankingsDailyModality:
    if value in GET_RANKINGS_DAILY_MODALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_RANKINGS_DAILY_MODALITY_VALUES!r}"
    )
