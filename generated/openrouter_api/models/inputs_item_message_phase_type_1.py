from typing import Literal

InputsItemMessagePhaseType1 = Literal["final_answer"]

INPUTS_ITEM_MESSAGE_PHASE_TYPE_1_VALUES: set[InputsItemMessagePhaseType1] = {
    "final_answer",
}


def check_inputs_item_message_phase_type_1(value: str) -> InputsItemMessagePhaseType1:
    if value in INPUTS_ITEM_MESSAGE_PHASE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_ITEM_MESSAGE_PHASE_TYPE_1_VALUES!r}"
    )
