from typing import Literal

OutputItemApplyPatchCallStatus = Literal["completed", "in_progress"]

OUTPUT_ITEM_APPLY_PATCH_CALL_STATUS_VALUES: set[OutputItemApplyPatchCallStatus] = {
    "completed",
    "in_progress",
}


def check_output_item_apply_patch_call_status(
    value: str,
) -> OutputItemApplyPatchCallStatus:
    if value in OUTPUT_ITEM_APPLY_PATCH_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_APPLY_PATCH_CALL_STATUS_VALUES!r}"
    )
