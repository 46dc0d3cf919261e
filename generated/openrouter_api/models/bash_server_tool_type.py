from typing import Literal

BashServerToolType = Literal["openrouter:bash"]

BASH_SERVER_TOOL_TYPE_VALUES: set[BashServerToolType] = {
    "openrouter:bash",
}


def check_bash_server_tool_type(value: str) -> BashServerToolType:
    if value in BASH_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASH_SERVER_TOOL_TYPE_VALUES!r}"
    )
