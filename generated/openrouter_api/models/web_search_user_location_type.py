from typing import Literal

WebSearchUserLocationType = Literal["approximate"]

WEB_SEARCH_USER_LOCATION_TYPE_VALUES: set[WebSearchUserLocationType] = {
    "approximate",
}


def check_web_search_user_location_type(value: str) -> WebSearchUserLocationType:
    if value in WEB_SEARCH_USER_LOCATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_USER_LOCATION_TYPE_VALUES!r}"
    )
