from typing import Literal

WebSearchUserLocationServerToolType = Literal["approximate"]

WEB_SEARCH_USER_LOCATION_SERVER_TOOL_TYPE_VALUES: set[
    WebSearchUserLocationServerToolType
] = {
    "approximate",
}


def check_web_search_user_location_server_tool_type(
    value: str,
) -> WebSearchUserLocationServerToolType:
    if value in WEB_SEARCH_USER_LOCATION_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_USER_LOCATION_SERVER_TOOL_TYPE_VALUES!r}"
    )
