from typing import Literal

ORAnthropicServerToolUseBlockType = Literal["server_tool_use"]

OR_ANTHROPIC_SERVER_TOOL_USE_BLOCK_TYPE_VALUES: set[
    ORAnthropicServerToolUseBlockType
] = {
    "server_tool_use",
}


def check_or_anthropic_server_tool_use_block_type(
    value: str,
) -> ORAnthropicServerToolUseBlockType:
    if value in OR_ANTHROPIC_SERVER_TOOL_USE_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OR_ANTHROPIC_SERVER_TOOL_USE_BLOCK_TYPE_VALUES!r}"
    )
