from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_delta_event_delta_input_json_delta_type import (
    MessagesContentBlockDeltaEventDeltaInputJsonDeltaType,
    check_messages_content_block_delta_event_delta_input_json_delta_type,
)
from ..types import APIModel

T = TypeVar("T", bound="MessagesContentBlockDeltaEventDeltaInputJsonDelta")


@_attrs_define
class MessagesContentBlockDeltaEventDeltaInputJsonDelta(APIModel):
    """
    Attributes:
        partial_json (str):
        type (MessagesContentBlockDeltaEventDeltaInputJsonDeltaType):
    """

    partial_json: str
    type: MessagesContentBlockDeltaEventDeltaInputJsonDeltaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partial_json = self.partial_json

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partial_json": partial_json,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partial_json = d.pop("partial_json")

        type = check_messages_content_block_delta_event_delta_input_json_delta_type(
            d.pop("type")
        )

        messages_content_block_delta_event_delta_input_json_delta = cls(
            partial_json=partial_json,
            type=type,
        )

        messages_content_block_delta_event_delta_input_json_delta.additional_properties = d
        return messages_content_block_delta_event_delta_input_json_delta

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
