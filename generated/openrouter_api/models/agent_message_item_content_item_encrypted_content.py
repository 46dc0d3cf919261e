from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_message_item_content_item_encrypted_content_type import (
    AgentMessageItemContentItemEncryptedContentType,
    check_agent_message_item_content_item_encrypted_content_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AgentMessageItemContentItemEncryptedContent")


@_attrs_define
class AgentMessageItemContentItemEncryptedContent(APIModel):
    """
    Attributes:
        encrypted_content (str):
        type (AgentMessageItemContentItemEncryptedContentType):
    """

    encrypted_content: str
    type: AgentMessageItemContentItemEncryptedContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_content = self.encrypted_content

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encrypted_content": encrypted_content,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_content = d.pop("encrypted_content")

        type = check_agent_message_item_content_item_encrypted_content_type(
            d.pop("type")
        )

        agent_message_item_content_item_encrypted_content = cls(
            encrypted_content=encrypted_content,
            type=type,
        )

        agent_message_item_content_item_encrypted_content.additional_properties = d
        return agent_message_item_content_item_encrypted_content

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
