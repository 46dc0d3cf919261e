from typing import Literal

OutputBrowserUseServerToolItemType = Literal["openrouter:browser_use"]

OUTPUT_BROWSER_USE_SERVER_TOOL_ITEM_TYPE_VALUES: set[
    OutputBrowserUseServerToolItemType
] = {
    "openrouter:browser_use",
}


def check_output_browser_use_server_tool_item_type(
    value: str,
) -> OutputBrowserUseServerToolItemType:
    if value in OUTPUT_BROWSER_USE_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_BROWSER_USE_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
