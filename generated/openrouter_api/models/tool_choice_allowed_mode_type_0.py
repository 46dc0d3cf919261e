from typing import Literal

ToolChoiceAllowedModeType0 = Literal["auto"]

TOOL_CHOICE_ALLOWED_MODE_TYPE_0_VALUES: set[ToolChoiceAllowedModeType0] = {
    "auto",
}


def check_tool_choice_allowed_mode_type_0(value: str) -> ToolChoiceAllowedModeType0:
    if value in TOOL_CHOICE_ALLOWED_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_CHOICE_ALLOWED_MODE_TYPE_0_VALUES!r}"
    )
