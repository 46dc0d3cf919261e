from typing import Literal

McpServerToolRequireApprovalType1 = Literal["always"]

MCP_SERVER_TOOL_REQUIRE_APPROVAL_TYPE_1_VALUES: set[
    McpServerToolRequireApprovalType1
] = {
    "always",
}


def check_mcp_server_tool_require_approval_type_1(
    value: str,
) -> McpServerToolRequireApprovalType1:
    if value in MCP_SERVER_TOOL_REQUIRE_APPROVAL_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_SERVER_TOOL_REQUIRE_APPROVAL_TYPE_1_VALUES!r}"
    )
