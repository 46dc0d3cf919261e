from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_code_interpreter_call_code_delta_type import (
    OpenAIResponsesCodeInterpreterCallCodeDeltaType,
    check_open_ai_responses_code_interpreter_call_code_delta_type,
)
from ..types import APIModel

T = TypeVar("T", bound="CodeInterpreterCallCodeDeltaEvent")


@_attrs_define
class CodeInterpreterCallCodeDeltaEvent(APIModel):
    """
    Attributes:
        delta (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (OpenAIResponsesCodeInterpreterCallCodeDeltaType):
    """

    delta: str
    item_id: str
    output_index: int
    sequence_number: int
    type: OpenAIResponsesCodeInterpreterCallCodeDeltaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta

        item_id = self.item_id

        output_index = self.output_index

        sequence_number = self.sequence_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
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
        delta = d.pop("delta")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type = check_open_ai_responses_code_interpreter_call_code_delta_type(
            d.pop("type")
        )

        code_interpreter_call_code_delta_event = cls(
            delta=delta,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type=type,
        )

        code_interpreter_call_code_delta_event.additional_properties = d
        return code_interpreter_call_code_delta_event

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
