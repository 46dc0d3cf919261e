from typing import Literal

McpApprovalResponseItemType = Literal["mcp_approval_response"]

MCP_APPROVAL_RESPONSE_ITEM_TYPE_VALUES: set[McpApprovalResponseItemType] = {
    "mcp_approval_response",
}


def check_mcp_approval_response_item_type(value: str) -> McpApprovalResponseItemType:
    if value in MCP_APPROVAL_RESPONSE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_APPROVAL_RESPONSE_ITEM_TYPE_VALUES!r}"
    )
