from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_responses_code_interpreter_call_code_done_type import (
    OpenAIResponsesCodeInterpreterCallCodeDoneType,
    check_open_ai_responses_code_interpreter_call_code_done_type,
)
from ..types import APIModel

T = TypeVar("T", bound="OpenAIResponsesCodeInterpreterCallCodeDone")


@_attrs_define
class OpenAIResponsesCodeInterpreterCallCodeDone(APIModel):
    """
    Attributes:
        code (str):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (OpenAIResponsesCodeInterpreterCallCodeDoneType):
    """

    code: str
    item_id: str
    output_index: int
    sequence_number: int
    type: OpenAIResponsesCodeInterpreterCallCodeDoneType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        item_id = self.item_id

        output_index = self.output_index

        sequence_number = self.sequence_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
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
        code = d.pop("code")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type = check_open_ai_responses_code_interpreter_call_code_done_type(
            d.pop("type")
        )

        open_ai_responses_code_interpreter_call_code_done = cls(
            code=code,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type=type,
        )

        open_ai_responses_code_interpreter_call_code_done.additional_properties = d
        return open_ai_responses_code_interpreter_call_code_done

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
