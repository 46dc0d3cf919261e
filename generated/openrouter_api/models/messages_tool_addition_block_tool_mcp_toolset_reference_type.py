from typing import Literal

MessagesToolAdditionBlockToolMcpToolsetReferenceType = Literal["mcp_toolset_reference"]

MESSAGES_TOOL_ADDITION_BLOCK_TOOL_MCP_TOOLSET_REFERENCE_TYPE_VALUES: set[
    MessagesToolAdditionBlockToolMcpToolsetReferenceType
] = {
    "mcp_toolset_reference",
}


def check_messages_tool_addition_block_tool_mcp_toolset_reference_type(
    value: str,
) -> MessagesToolAdditionBlockToolMcpToolsetReferenceType:
    if value in MESSAGES_TOOL_ADDITION_BLOCK_TOOL_MCP_TOOLSET_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_ADDITION_BLOCK_TOOL_MCP_TOOLSET_REFERENCE_TYPE_VALUES!r}"
    )
