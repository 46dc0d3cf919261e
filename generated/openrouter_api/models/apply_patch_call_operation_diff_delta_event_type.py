from typing import Literal

ApplyPatchCallOperationDiffDeltaEventType = Literal[
    "response.apply_patch_call_operation_diff.delta"
]

APPLY_PATCH_CALL_OPERATION_DIFF_DELTA_EVENT_TYPE_VALUES: set[
    ApplyPatchCallOperationDiffDeltaEventType
] = {
    "response.apply_patch_call_operation_diff.delta",
}


def check_apply_patch_call_operation_diff_delta_event_type(
    value: str,
) -> ApplyPatchCallOperationDiffDeltaEventType:
    if value in APPLY_PATCH_CALL_OPERATION_DIFF_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CALL_OPERATION_DIFF_DELTA_EVENT_TYPE_VALUES!r}"
    )
