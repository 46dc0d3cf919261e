from typing import Literal

ApplyPatchServerToolOpenRouterType = Literal["openrouter:apply_patch"]

APPLY_PATCH_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[
    ApplyPatchServerToolOpenRouterType
] = {
    "openrouter:apply_patch",
}


def check_apply_patch_server_tool_open_router_type(
    value: str,
) -> ApplyPatchServerToolOpenRouterType:
    if value in APPLY_PATCH_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES!r}"
    )
