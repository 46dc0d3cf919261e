from typing import Literal

FusionCallAnalysisCompletedEventType = Literal[
    "response.fusion_call.analysis.completed"
]

FUSION_CALL_ANALYSIS_COMPLETED_EVENT_TYPE_VALUES: set[
    FusionCallAnalysisCompletedEventType
] = {
    "response.fusion_call.analysis.completed",
}


def check_fusion_call_analysis_completed_event_type(
    value: str,
) -> FusionCallAnalysisCompletedEventType:
    if value in FUSION_CALL_ANALYSIS_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_CALL_ANALYSIS_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
