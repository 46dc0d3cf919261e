from typing import Literal

WebFetchServerToolType = Literal["openrouter:web_fetch"]

WEB_FETCH_SERVER_TOOL_TYPE_VALUES: set[WebFetchServerToolType] = {
    "openrouter:web_fetch",
}


def check_web_fetch_server_tool_type(value: str) -> WebFetchServerToolType:
    if value in WEB_FETCH_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_FETCH_SERVER_TOOL_TYPE_VALUES!r}"
    )
