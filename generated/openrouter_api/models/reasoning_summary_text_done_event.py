from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_reasoning_summary_text_done_event_type import (
    BaseReasoningSummaryTextDoneEventType,
    check_base_reasoning_summary_text_done_event_type,
)
from ..types import APIModel

T = TypeVar("T", bound="ReasoningSummaryTextDoneEvent")


@_attrs_define
class ReasoningSummaryTextDoneEvent(APIModel):
    """
    Attributes:
        item_id (str):
        output_index (int):
        sequence_number (int):
        summary_index (int):
        text (str):
        type (BaseReasoningSummaryTextDoneEventType):
    """

    item_id: str
    output_index: int
    sequence_number: int
    summary_index: int
    text: str
    type: BaseReasoningSummaryTextDoneEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        output_index = self.output_index

        sequence_number = self.sequence_number

        summary_index = self.summary_index

        text = self.text

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "summary_index": summary_index,
                "text": text,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        summary_index = d.pop("summary_index")

        text = d.pop("text")

        type = check_base_reasoning_summary_text_done_event_type(d.pop("type"))

        reasoning_summary_text_done_event = cls(
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            summary_index=summary_index,
            text=text,
            type=type,
        )

        reasoning_summary_text_done_event.additional_properties = d
        return reasoning_summary_text_done_event

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
