from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_image_gen_call_completed_type import (
    OpenAIResponsesImageGenCallCompletedType,
    check_open_ai_responses_image_gen_call_completed_type,
)
from ..types import APIModel

T = TypeVar("T", bound="OpenAIResponsesImageGenCallCompleted")


@_attrs_define
class OpenAIResponsesImageGenCallCompleted(APIModel):
    """
    Attributes:
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (OpenAIResponsesImageGenCallCompletedType):
    """

    item_id: str
    output_index: int
    sequence_number: int
    type: OpenAIResponsesImageGenCallCompletedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        output_index = self.output_index

        sequence_number = self.sequence_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "output_index": output_index,
                "sequence_number": sequence_number,
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

        type = check_open_ai_responses_image_gen_call_completed_type(d.pop("type"))

        open_ai_responses_image_gen_call_completed = cls(
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type=type,
        )

        open_ai_responses_image_gen_call_completed.additional_properties = d
        return open_ai_responses_image_gen_call_completed

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
