from typing import Literal

WebFetchPluginId = Literal["web-fetch"]

WEB_FETCH_PLUGIN_ID_VALUES: set[WebFetchPluginId] = {
    "web-fetch",
}


def check_web_fetch_plugin_id(value: str) -> WebFetchPluginId:
    if value in WEB_FETCH_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_FETCH_PLUGIN_ID_VALUES!r}"
    )
