from typing import Literal

WebPluginId = Literal["web"]

WEB_PLUGIN_ID_VALUES: set[WebPluginId] = {
    "web",
}


def check_web_plugin_id(value: str) -> WebPluginId:
    if value in WEB_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_PLUGIN_ID_VALUES!r}"
    )
