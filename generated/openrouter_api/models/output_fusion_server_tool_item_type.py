from typing import Literal

OutputFusionServerToolItemType = Literal["openrouter:fusion"]

OUTPUT_FUSION_SERVER_TOOL_ITEM_TYPE_VALUES: set[OutputFusionServerToolItemType] = {
    "openrouter:fusion",
}


def check_output_fusion_server_tool_item_type(
    value: str,
) -> OutputFusionServerToolItemType:
    if value in OUTPUT_FUSION_SERVER_TOOL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_FUSION_SERVER_TOOL_ITEM_TYPE_VALUES!r}"
    )
