from typing import Literal

OutputMemoryServerToolItemType = Literal["openrouter:memory"]

OUTPUT_MEMORY_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputMemoryServerToolItemType] = {
    "openrouter:memory",
}


def check_output_memory_server_tool_item_type(
    value: str,
) -> OutputMemoryServerToolItemType:
    if value in OUTPUT_MEMORY_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MEMORY_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
