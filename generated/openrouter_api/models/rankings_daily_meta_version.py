from typing import Literal

RankingsDailyMetaVersion = Literal["v1"]

RANKINGS_DAILY_META_VERSION_VALUES: set[RankingsDailyMetaVersion] = {
    "v1",
}


def check_rankings_daily_meta_version(value: str) -> RankingsDailyMetaVersion:
    if value in RANKINGS_DAILY_META_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RANKINGS_DAILY_META_VERSION_VALUES!r}"
    )
