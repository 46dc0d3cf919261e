from typing import Literal

MessagesToolRemovalBlockToolMcpToolReferenceType = Literal["mcp_tool_reference"]

MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_MCP_TOOL_REFERENCE_TYPE_VALUES: set[
    MessagesToolRemovalBlockToolMcpToolReferenceType
] = {
    "mcp_tool_reference",
}


def check_messages_tool_removal_block_tool_mcp_tool_reference_type(
    value: str,
) -> MessagesToolRemovalBlockToolMcpToolReferenceType:
    if value in MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_MCP_TOOL_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_MCP_TOOL_REFERENCE_TYPE_VALUES!r}"
    )
