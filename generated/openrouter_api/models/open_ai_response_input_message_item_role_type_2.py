from typing import Literal

OpenAIResponseInputMessageItemRoleType2 = Literal["developer"]

OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_2_VALUES: set[
    OpenAIResponseInputMessageItemRoleType2
] = {
    "developer",
}


def check_open_ai_response_input_message_item_role_type_2(
    value: str,
) -> OpenAIResponseInputMessageItemRoleType2:
    if value in OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_2_VALUES!r}"
    )
