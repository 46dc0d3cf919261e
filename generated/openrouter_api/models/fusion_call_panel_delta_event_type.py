from typing import Literal

FusionCallPanelDeltaEventType = Literal["response.fusion_call.panel.delta"]

FUSION_CALL_PANEL_DELTA_EVENT_TYPE_VALUES: set[FusionCallPanelDeltaEventType] = {
    "response.fusion_call.panel.delta",
}


def check_fusion_call_panel_delta_event_type(
    value: str,
) -> FusionCallPanelDeltaEventType:
    if value in FUSION_CALL_PANEL_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_CALL_PANEL_DELTA_EVENT_TYPE_VALUES!r}"
    )
