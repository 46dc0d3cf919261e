from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_refusal_stop_details_type import (
    AnthropicRefusalStopDetailsType,
    check_anthropic_refusal_stop_details_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicRefusalStopDetails")


@_attrs_define
class AnthropicRefusalStopDetails(APIModel):
    """
    Attributes:
        category (None | str): Open enum (the API adds values): known values `cyber`, `bio`, `frontier_llm`,
            `reasoning_extraction`, `general_harms`.
        explanation (None | str):
        type (AnthropicRefusalStopDetailsType):
    """

    category: None | str
    explanation: None | str
    type: AnthropicRefusalStopDetailsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: None | str
        category = self.category

        explanation: None | str
        explanation = self.explanation

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "explanation": explanation,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category: None | str = d.pop("category")

        explanation: None | str = d.pop("explanation")

        type = check_anthropic_refusal_stop_details_type(d.pop("type"))

        anthropic_refusal_stop_details = cls(
            category=category,
            explanation=explanation,
            type=type,
        )

        anthropic_refusal_stop_details.additional_properties = d
        return anthropic_refusal_stop_details

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
