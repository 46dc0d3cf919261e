from typing import Literal

FusionPluginId = Literal["fusion"]

FUSION_PLUGIN_ID_VALUES: set[FusionPluginId] = {
    "fusion",
}


def check_fusion_plugin_id(value: str) -> FusionPluginId:
    if value in FUSION_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_PLUGIN_ID_VALUES!r}"
    )
