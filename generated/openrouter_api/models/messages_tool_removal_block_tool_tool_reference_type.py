from typing import Literal

MessagesToolRemovalBlockToolToolReferenceType = Literal["tool_reference"]

MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TOOL_REFERENCE_TYPE_VALUES: set[
    MessagesToolRemovalBlockToolToolReferenceType
] = {
    "tool_reference",
}


def check_messages_tool_removal_block_tool_tool_reference_type(
    value: str,
) -> MessagesToolRemovalBlockToolToolReferenceType:
    if value in MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TOOL_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_TOOL_REMOVAL_BLOCK_TOOL_TOOL_REFERENCE_TYPE_VALUES!r}"
    )
