from typing import Literal

ShellServerToolOpenRouterType = Literal["openrouter:shell"]

SHELL_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES: set[ShellServerToolOpenRouterType] = {
    "openrouter:shell",
}


def check_shell_server_tool_open_router_type(
    value: str,
) -> ShellServerToolOpenRouterType:
    if value in SHELL_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHELL_SERVER_TOOL_OPEN_ROUTER_TYPE_VALUES!r}"
    )
