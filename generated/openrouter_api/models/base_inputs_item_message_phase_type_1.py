from typing import Literal

BaseInputsItemMessagePhaseType1 = Literal["final_answer"]

BASE_INPUTS_ITEM_MESSAGE_PHASE_TYPE_1_VALUES: set[BaseInputsItemMessagePhaseType1] = {
    "final_answer",
}


def check_base_inputs_item_message_phase_type_1(
    value: str,
) -> BaseInputsItemMessagePhaseType1:
    if value in BASE_INPUTS_ITEM_MESSAGE_PHASE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_ITEM_MESSAGE_PHASE_TYPE_1_VALUES!r}"
    )
