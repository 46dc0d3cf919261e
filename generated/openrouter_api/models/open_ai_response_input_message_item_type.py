from typing import Literal

OpenAIResponseInputMessageItemType = Literal["message"]

OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_TYPE_VALUES: set[
    OpenAIResponseInputMessageItemType
] = {
    "message",
}


def check_open_ai_response_input_message_item_type(
    value: str,
) -> OpenAIResponseInputMessageItemType:
    if value in OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_TYPE_VALUES!r}"
    )
