from typing import Literal

OutputMessageType = Literal["message"]

OUTPUT_MESSAGE_TYPE_VALUES: set[OutputMessageType] = {
    "message",
}


def check_output_message_type(value: str) -> OutputMessageType:
    if value in OUTPUT_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_TYPE_VALUES!r}"
    )
