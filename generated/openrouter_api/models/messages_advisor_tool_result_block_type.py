from typing import Literal

MessagesAdvisorToolResultBlockType = Literal["advisor_tool_result"]

MESSAGES_ADVISOR_TOOL_RESULT_BLOCK_TYPE_VALUES: set[
    MessagesAdvisorToolResultBlockType
] = {
    "advisor_tool_result",
}


def check_messages_advisor_tool_result_block_type(
    value: str,
) -> MessagesAdvisorToolResultBlockType:
    if value in MESSAGES_ADVISOR_TOOL_RESULT_BLOCK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_ADVISOR_TOOL_RESULT_BLOCK_TYPE_VALUES!r}"
    )
