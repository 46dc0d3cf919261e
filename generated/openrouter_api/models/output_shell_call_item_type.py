from typing import Literal

OutputShellCallItemType = Literal["shell_call"]

OUTPUT_SHELL_CALL_ITEM_TYPE_VALUES: set[OutputShellCallItemType] = {
    "shell_call",
}


def check_output_shell_call_item_type(value: str) -> OutputShellCallItemType:
    if value in OUTPUT_SHELL_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_SHELL_CALL_ITEM_TYPE_VALUES!r}"
    )
