from typing import Literal

ComputerUseServerToolType = Literal["computer_use_preview"]

COMPUTER_USE_SERVER_TOOL_TYPE_VALUES: set[ComputerUseServerToolType] = {
    "computer_use_preview",
}


def check_computer_use_server_tool_type(value: str) -> ComputerUseServerToolType:
    if value in COMPUTER_USE_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPUTER_USE_SERVER_TOOL_TYPE_VALUES!r}"
    )
