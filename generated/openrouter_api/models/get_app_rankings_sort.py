from typing import Literal

GetAppRankingsSort = Literal["popular", "trending"]

GET_APP_RANKINGS_SORT_VALUES: set[GetAppRankingsSort] = {
    "popular",
    "trending",
}


def check_get_app_rankings_sort(value: str) -> GetAppRankingsSort:
    if value in GET_APP_RANKINGS_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_APP_RANKINGS_SORT_VALUES!r}"
    )
