from typing import Literal

MessagesToolAdditionBlockToolToolReferenceType = Literal["tool_reference"]

MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TOOL_REFERENCE_TYPE_VALUES: set[
    MessagesToolAdditionBlockToolToolReferenceType
] = {
    "tool_reference",
}


def check_messages_tool_addition_block_tool_tool_reference_type(
    value: str,
) -> MessagesToolAdditionBlockToolToolReferenceType:
    if value in MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TOOL_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_ADDITION_BLOCK_TOOL_TOOL_REFERENCE_TYPE_VALUES!r}"
    )
