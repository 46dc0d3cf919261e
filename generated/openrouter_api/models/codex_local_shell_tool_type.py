from typing import Literal

CodexLocalShellToolType = Literal["local_shell"]

CODEX_LOCAL_SHELL_TOOL_TYPE_VALUES: set[CodexLocalShellToolType] = {
    "local_shell",
}


def check_codex_local_shell_tool_type(value: str) -> CodexLocalShellToolType:
    if value in CODEX_LOCAL_SHELL_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODEX_LOCAL_SHELL_TOOL_TYPE_VALUES!r}"
    )
