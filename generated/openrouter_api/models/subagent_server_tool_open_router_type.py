from typing import Literal

SubagentServerToolOpenRouterType = Literal["openrouter:subagent"]

SUBAGENT_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[SubagentServerToolOpenRouterType] = {
    "openrouter:subagent",
}


def check_subagent_server_tool_open_router_type(
    value: str,
) -> SubagentServerToolOpenRouterType:
    if value in SUBAGENT_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBAGENT_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES!r}"
    )
