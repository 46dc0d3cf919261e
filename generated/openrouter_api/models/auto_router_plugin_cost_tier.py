from typing import Literal

AutoRouterPluginCostTier = Literal["high", "low", "max", "medium", "xhigh"]

AUTO_ROUTER_PLUGIN_COST_TIER_VALUES: set[AutoRouterPluginCostTier] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_auto_router_plugin_cost_tier(value: str) -> AutoRouterPluginCostTier:
    if value in AUTO_ROUTER_PLUGIN_COST_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTO_ROUTER_PLUGIN_COST_TIER_VALUES!r}"
    )
