from typing import Literal

ApplyPatchCallOperationDiffDoneEventType = Literal[
    "response.apply_patch_call_operation_diff.done"
]

APPLY_PATCH_CALL_OPERATION_DIFF_DONE_EVENT_TYPE_VALUES: set[
    ApplyPatchCallOperationDiffDoneEventType
] = {
    "response.apply_patch_call_operation_diff.done",
}


def check_apply_patch_call_operation_diff_done_event_type(
    value: str,
) -> ApplyPatchCallOperationDiffDoneEventType:
    if value in APPLY_PATCH_CALL_OPERATION_DIFF_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CALL_OPERATION_DIFF_DONE_EVENT_TYPE_VALUES!r}"
    )
