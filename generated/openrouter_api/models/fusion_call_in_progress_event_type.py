from typing import Literal

FusionCallInProgressEventType = Literal["response.fusion_call.in_progress"]

FUSION_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[FusionCallInProgressEventType] = {
    "response.fusion_call.in_progress",
}


def check_fusion_call_in_progress_event_type(
    value: str,
) -> FusionCallInProgressEventType:
    if value in FUSION_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
