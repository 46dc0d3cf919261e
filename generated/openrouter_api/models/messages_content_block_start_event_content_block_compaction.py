from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_start_event_content_block_compaction_type import (
    MessagesContentBlockStartEventContentBlockCompactionType,
    check_messages_content_block_start_event_content_block_compaction_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="MessagesContentBlockStartEventContentBlockCompaction")


@_attrs_define
class MessagesContentBlockStartEventContentBlockCompaction(APIModel):
    """
    Attributes:
        content (None | str):
        type (MessagesContentBlockStartEventContentBlockCompactionType):
        encrypted_content (None | str | Unset):
    """

    content: None | str
    type: MessagesContentBlockStartEventContentBlockCompactionType
    encrypted_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: None | str
        content = self.content

        type: str = self.type

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type,
            }
        )
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content: None | str = d.pop("content")

        type = check_messages_content_block_start_event_content_block_compaction_type(
            d.pop("type")
        )

        encrypted_content: None | str | Unset = d.pop("encrypted_content", UNSET)

        messages_content_block_start_event_content_block_compaction = cls(
            content=content,
            type=type,
            encrypted_content=encrypted_content,
        )

        messages_content_block_start_event_content_block_compaction.additional_properties = d
        return messages_content_block_start_event_content_block_compaction

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
