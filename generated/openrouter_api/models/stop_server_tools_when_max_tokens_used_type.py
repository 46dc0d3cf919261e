from typing import Literal

StopServerToolsWhenMaxTokensUsedType = Literal["max_tokens_used"]

STOP_SERVER_TOOLS_WHEN_MAX_TOKENS_USED_TYPE_VALUES: set[
    StopServerToolsWhenMaxTokensUsedType
] = {
    "max_tokens_used",
}


def check_stop_server_tools_when_max_tokens_used_type(
    value: str,
) -> StopServerToolsWhenMaxTokensUsedType:
    if value in STOP_SERVER_TOOLS_WHEN_MAX_TOKENS_USED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STOP_SERVER_TOOLS_WHEN_MAX_TOKENS_USED_TYPE_VALUES!r}"
    )
