from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_text_content_type import (
    ReasoningTextContentType,
    check_reasoning_text_content_type,
)
from ..types import APIModel

T = TypeVar("T", bound="ReasoningTextContent")


@_attrs_define
class ReasoningTextContent(APIModel):
    """
    Attributes:
        text (str):
        type (ReasoningTextContentType):
    """

    text: str
    type: ReasoningTextContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        type = check_reasoning_text_content_type(d.pop("type"))

        reasoning_text_content = cls(
            text=text,
            type=type,
        )

        reasoning_text_content.additional_properties = d
        return reasoning_text_content

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
