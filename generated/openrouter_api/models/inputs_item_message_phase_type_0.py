from typing import Literal

InputsItemMessagePhaseType0 = Literal["commentary"]

INPUTS_ITEM_MESSAGE_PHASE_TYPE_0_VALUES: set[InputsItemMessagePhaseType0] = {
    "commentary",
}


def check_inputs_item_message_phase_type_0(value: str) -> InputsItemMessagePhaseType0:
    if value in INPUTS_ITEM_MESSAGE_PHASE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_MESSAGE_PHASE_TYPE_0_VALUES!r}"
    )
