from typing import Literal

WebSearchSourceType = Literal["url"]

WEB_SEARCH_SOURCE_TYPE_VALUES: set[WebSearchSourceType] = {
    "url",
}


def check_web_search_source_type(value: str) -> WebSearchSourceType:
    if value in WEB_SEARCH_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_SOURCE_TYPE_VALUES!r}"
    )
