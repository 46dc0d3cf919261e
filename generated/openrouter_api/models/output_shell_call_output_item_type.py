from typing import Literal

OutputShellCallOutputItemType = Literal["shell_call_output"]

OUTPUT_SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES: set[OutputShellCallOutputItemType] = {
    "shell_call_output",
}


def check_output_shell_call_output_item_type(
    value: str,
) -> OutputShellCallOutputItemType:
    if value in OUTPUT_SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES!r}"
    )
