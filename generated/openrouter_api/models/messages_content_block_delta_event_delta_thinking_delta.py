from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_delta_thinking_delta_type import (
    MessagesContentBlockDeltaEventDeltaThinkingDeltaType,
    check_messages_content_block_delta_event_delta_thinking_delta_type,
)
from ..types import APIModel

T = TypeVar("T", bound="MessagesContentBlockDeltaEventDeltaThinkingDelta")


@_attrs_define
class MessagesContentBlockDeltaEventDeltaThinkingDelta(APIModel):
    """
    Attributes:
        thinking (str):
        type (MessagesContentBlockDeltaEventDeltaThinkingDeltaType):
    """

    thinking: str
    type: MessagesContentBlockDeltaEventDeltaThinkingDeltaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thinking = self.thinking

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thinking": thinking,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thinking = d.pop("thinking")

        type = check_messages_content_block_delta_event_delta_thinking_delta_type(
            d.pop("type")
        )

        messages_content_block_delta_event_delta_thinking_delta = cls(
            thinking=thinking,
            type=type,
        )

        messages_content_block_delta_event_delta_thinking_delta.additional_properties = d
        return messages_content_block_delta_event_delta_thinking_delta

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
