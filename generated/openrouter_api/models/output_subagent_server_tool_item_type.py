from typing import Literal

OutputSubagentServerToolItemType = Literal["openrouter:subagent"]

OUTPUT_SUBAGENT_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputSubagentServerToolItemType] = {
    "openrouter:subagent",
}


def check_output_subagent_server_tool_item_type(
    value: str,
) -> OutputSubagentServerToolItemType:
    if value in OUTPUT_SUBAGENT_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_SUBAGENT_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
