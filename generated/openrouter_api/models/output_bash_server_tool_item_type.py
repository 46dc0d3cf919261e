from typing import Literal

OutputBashServerToolItemType = Literal["openrouter:bash"]

OUTPUT_BASH_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputBashServerToolItemType] = {
    "openrouter:bash",
}


def check_output_bash_server_tool_item_type(value: str) -> OutputBashServerToolItemType:
    if value in OUTPUT_BASH_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_BASH_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
