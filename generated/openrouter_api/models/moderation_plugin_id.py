from typing import Literal

ModerationPluginId = Literal["moderation"]

MODERATION_PLUGIN_ID_VALUES: set[ModerationPluginId] = {
    "moderation",
}


def check_moderation_plugin_id(value: str) -> ModerationPluginId:
    if value in MODERATION_PLUGIN_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODERATION_PLUGIN_ID_VALUES!r}"
    )
