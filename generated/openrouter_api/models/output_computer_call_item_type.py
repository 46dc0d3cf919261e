from typing import Literal

OutputComputerCallItemType = Literal["computer_call"]

OUTPUT_COMPUTER_CALL_ITEM_TYPE_VALUES: set[OutputComputerCallItemType] = {
    "computer_call",
}


def check_output_computer_call_item_type(value: str) -> OutputComputerCallItemType:
    if value in OUTPUT_COMPUTER_CALL_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_COMPUTER_CALL_ITEM_TYPE_VALUES!r}"
    )
