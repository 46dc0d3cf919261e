from typing import Literal

OpenAIResponseInputMessageItemRoleType1 = Literal["system"]

OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_1_VALUES: set[
    OpenAIResponseInputMessageItemRoleType1
] = {
    "system",
}


def check_open_ai_response_input_message_item_role_type_1(
    value: str,
) -> OpenAIResponseInputMessageItemRoleType1:
    if value in OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSE_INPUT_MESSAGE_ITEM_ROLE_TYPE_1_VALUES!r}"
    )
