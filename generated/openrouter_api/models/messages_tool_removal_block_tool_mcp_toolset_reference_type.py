from typing import Literal

MessagesToolRemovalBlockToolMcpToolsetReferenceType = Literal["mcp_toolset_reference"]

MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_MCP_TOOLSET_REFERENCE_TYPE_VALUES: set[
    MessagesToolRemovalBlockToolMcpToolsetReferenceType
] = {
    "mcp_toolset_reference",
}


def check_messages_tool_removal_block_tool_mcp_toolset_reference_type(
    value: str,
) -> MessagesToolRemovalBlockToolMcpToolsetReferenceType:
    if value in MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_MCP_TOOLSET_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_MCP_TOOLSET_REFERENCE_TYPE_VALUES!r}"
    )
