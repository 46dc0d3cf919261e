from typing import Literal

OutputMessagePhaseType0 = Literal["commentary"]

OUTPUT_MESSAGE_PHASE_TYPE_0_VALUES: set[OutputMessagePhaseType0] = {
    "commentary",
}


def check_output_message_phase_type_0(value: str) -> OutputMessagePhaseType0:
    if value in OUTPUT_MESSAGE_PHASE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_PHASE_TYPE_0_VALUES!r}"
    )
