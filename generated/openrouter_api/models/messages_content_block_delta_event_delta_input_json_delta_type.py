from typing import Literal

MessagesContentBlockDeltaEventDeltaInputJsonDeltaType = Literal["input_json_delta"]

MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_INPUT_JSON_DELTA_TYPE_VALUES: set[
    MessagesContentBlockDeltaEventDeltaInputJsonDeltaType
] = {
    "input_json_delta",
}


def check_messages_content_block_delta_event_delta_input_json_delta_type(
    value: str,
) -> MessagesContentBlockDeltaEventDeltaInputJsonDeltaType:
    if value in MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_INPUT_JSON_DELTA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_CONTENT_BLOCK_DELTA_EVENT_DELTA_INPUT_JSON_DELTA_TYPE_VALUES!r}"
    )
