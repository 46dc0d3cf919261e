from typing import Literal

ToolChoiceAllowedModeType1 = Literal["required"]

TOOL_CHOICE_ALLOWED_MODE_TYPE_1_VALUES: set[ToolChoiceAllowedModeType1] = {
    "required",
}


def check_tool_choice_allowed_mode_type_1(value: str) -> ToolChoiceAllowedModeType1:
    if value in TOOL_CHOICE_ALLOWED_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_CHOICE_ALLOWED_MODE_TYPE_1_VALUES!r}"
    )
