from typing import Literal

MessagesMessageParamContentItemCompactionType = Literal["compaction"]

MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_COMPACTION_TYPE_VALUES: set[
    MessagesMessageParamContentItemCompactionType
] = {
    "compaction",
}


def check_messages_message_param_content_item_compaction_type(
    value: str,
) -> MessagesMessageParamContentItemCompactionType:
    if value in MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_COMPACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGES_MESSAGE_PARAM_CONTENT_ITEM_COMPACTION_TYPE_VALUES!r}"
    )
