from typing import Literal

LocalShellCallOutputItemType = Literal["local_shell_call_output"]

LOCAL_SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES: set[LocalShellCallOutputItemType] = {
    "local_shell_call_output",
}


def check_local_shell_call_output_item_type(value: str) -> LocalShellCallOutputItemType:
    if value in LOCAL_SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES!r}"
    )
