from typing import Literal

ShellServerToolType = Literal["shell"]

SHELL_SERVER_TOOL_TYPE_VALUES: set[ShellServerToolType] = {
    "shell",
}


def check_shell_server_tool_type(value: str) -> ShellServerToolType:
    if value in SHELL_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHELL_SERVER_TOOL_TYPE_VALUES!r}"
    )
