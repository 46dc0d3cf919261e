from typing import Literal

MessagesMessageParamContentItemContentItemToolReferenceType = Literal["tool_reference"]

MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_CONTENT_ITEM_TOOL_REFERENCE_TYPE_VALUES: set[
    MessagesMessageParamContentItemContentItemToolReferenceType
] = {
    "tool_reference",
}


def check_messages_message_param_content_item_content_item_tool_reference_type(
    value: str,
) -> MessagesMessageParamContentItemContentItemToolReferenceType:
    if (
        value
        in MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_CONTENT_ITEM_TOOL_REFERENCE_TYPE_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_CONTENT_ITEM_TOOL_REFERENCE_TYPE_VALUES!r}"
    )
