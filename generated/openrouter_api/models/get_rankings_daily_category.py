from typing import Literal

GetRankingsDailyCategory = Literal[
    "academia",
    "finance",
    "health",
    "legal",
    "marketing",
    "marketing/seo",
    "programming",
    "roleplay",
    "science",
    "technology",
    "translation",
    "trivia",
]

GET_RANKINGS_DAILY_CATEGORY_VALUES: set[GetRankingsDailyCategory] = {
    "academia",
    "finance",
    "health",
    "legal",
    "marketing",
    "marketing/seo",
    "programming",
    "roleplay",
    "science",
    "technology",
    "translation",
    "trivia",
}


def check_get_rankings_daily_category(value: str) -> GetRankingsDailyCategory:
    if value in GET_RANKINGS_DAILY_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_RANKINGS_DAILY_CATEGORY_VALUES!r}"
    )
