from typing import Literal

BashServerToolEngine = Literal["auto", "native", "openrouter"]

BASH_SERVER_TOOL_ENGINE_VALUES: set[BashServerToolEngine] = {
    "auto",
    "native",
    "openrouter",
}


def check_bash_server_tool_engine(value: str) -> BashServerToolEngine:
    if value in BASH_SERVER_TOOL_ENGINE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASH_SERVER_TOOL_ENGINE_VALUES!r}"
    )
