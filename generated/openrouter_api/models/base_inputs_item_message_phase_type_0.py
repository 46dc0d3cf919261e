from typing import Literal

BaseInputsItemMessagePhaseType0 = Literal["commentary"]

BASE_INPUTS_ITEM_MESSAGE_PHASE_TYPE_0_VALUES: set[BaseInputsItemMessagePhaseType0] = {
    "commentary",
}


def check_base_inputs_item_message_phase_type_0(
    value: str,
) -> BaseInputsItemMessagePhaseType0:
    if value in BASE_INPUTS_ITEM_MESSAGE_PHASE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_ITEM_MESSAGE_PHASE_TYPE_0_VALUES!r}"
    )
