from typing import Literal

FusionServerToolOpenRouterType = Literal["openrouter:fusion"]

FUSION_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[FusionServerToolOpenRouterType] = {
    "openrouter:fusion",
}


def check_fusion_server_tool_open_router_type(
    value: str,
) -> FusionServerToolOpenRouterType:
    if value in FUSION_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES!r}"
    )
