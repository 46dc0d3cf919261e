from typing import Literal

AgentMessageItemContentItemEncryptedContentType = Literal["encrypted_content"]

AGENT_MESSAGE_ITEM_CONTENT_ITEM_ENCRYPTED_CONTENT_TYPE_VALUES: set[
    AgentMessageItemContentItemEncryptedContentType
] = {
    "encrypted_content",
}


def check_agent_message_item_content_item_encrypted_content_type(
    value: str,
) -> AgentMessageItemContentItemEncryptedContentType:
    if value in AGENT_MESSAGE_ITEM_CONTENT_ITEM_ENCRYPTED_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_MESSAGE_ITEM_CONTENT_ITEM_ENCRYPTED_CONTENT_TYPE_VALUES!r}"
    )
