from typing import Literal

OutputFilesServerToolItemType = Literal["openrouter:files"]

OUTPUT_FILES_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputFilesServerToolItemType] = {
    "openrouter:files",
}


def check_output_files_server_tool_item_type(
    value: str,
) -> OutputFilesServerToolItemType:
    if value in OUTPUT_FILES_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_FILES_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
