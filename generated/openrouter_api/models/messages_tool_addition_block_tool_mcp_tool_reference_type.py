from typing import Literal

MessagesToolAdditionBlockToolMcpToolReferenceType = Literal["mcp_tool_reference"]

MESSAGES_TOOL_ADDITION_BLOCK_TOOL_MCP_TOOL_REFERENCE_TYPE_VALUES: set[
    MessagesToolAdditionBlockToolMcpToolReferenceType
] = {
    "mcp_tool_reference",
}


def check_messages_tool_addition_block_tool_mcp_tool_reference_type(
    value: str,
) -> MessagesToolAdditionBlockToolMcpToolReferenceType:
    if value in MESSAGES_TOOL_ADDITION_BLOCK_TOOL_MCP_TOOL_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_ADDITION_BLOCK_TOOL_MCP_TOOL_REFERENCE_TYPE_VALUES!r}"
    )
