from typing import Literal

AutoBetaRouterPluginId = Literal["auto-beta-router"]

AUTO_BETA_ROUTER_PLUGIN_ID_VALUES: set[AutoBetaRouterPluginId] = {
    "auto-beta-router",
}


def check_auto_beta_router_plugin_id(value: str) -> AutoBetaRouterPluginId:
    if value in AUTO_BETA_ROUTER_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTO_BETA_ROUTER_PLUGIN_ID_VALUES!r}"
    )
