from typing import Literal

FusionCallAnalysisInProgressEventType = Literal[
    "response.fusion_call.analysis.in_progress"
]

FUSION_CALL_ANALYSIS_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    FusionCallAnalysisInProgressEventType
] = {
    "response.fusion_call.analysis.in_progress",
}


def check_fusion_call_analysis_in_progress_event_type(
    value: str,
) -> FusionCallAnalysisInProgressEventType:
    if value in FUSION_CALL_ANALYSIS_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_CALL_ANALYSIS_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
