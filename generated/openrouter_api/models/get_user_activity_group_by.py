from typing import Literal

GetUserActivityGroupBy = Literal["workspace"]

GET_USER_ACTIVITY_GROUP_BY_VALUES: set[GetUserActivityGroupBy] = {
    "workspace",
}


def check_get_user_activity_group_by(value: str) -> GetUserActivityGroupBy:
    if value in GET_USER_ACTIVITY_GROUP_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_USER_ACTIVITY_GROUP_BY_VALUES!r}"
    )
