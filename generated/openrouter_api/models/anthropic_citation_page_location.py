from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_citation_page_location_type import (
    AnthropicCitationPageLocationType,
    check_anthropic_citation_page_location_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicCitationPageLocation")


@_attrs_define
class AnthropicCitationPageLocation(APIModel):
    """
    Attributes:
        cited_text (str):
        document_index (int):
        document_title (None | str):
        end_page_number (int):
        file_id (None | str):
        start_page_number (int):
        type (AnthropicCitationPageLocationType):
    """

    cited_text: str
    document_index: int
    document_title: None | str
    end_page_number: int
    file_id: None | str
    start_page_number: int
    type: AnthropicCitationPageLocationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cited_text = self.cited_text

        document_index = self.document_index

        document_title: None | str
        document_title = self.document_title

        end_page_number = self.end_page_number

        file_id: None | str
        file_id = self.file_id

        start_page_number = self.start_page_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cited_text": cited_text,
                "document_index": document_index,
                "document_title": document_title,
                "end_page_number": end_page_number,
                "file_id": file_id,
                "start_page_number": start_page_number,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cited_text = d.pop("cited_text")

        document_index = d.pop("document_index")

        document_title: None | str = d.pop("document_title")

        end_page_number = d.pop("end_page_number")

        file_id: None | str = d.pop("file_id")

        start_page_number = d.pop("start_page_number")

        type = check_anthropic_citation_page_location_type(d.pop("type"))

        anthropic_citation_page_location = cls(
            cited_text=cited_text,
            document_index=document_index,
            document_title=document_title,
            end_page_number=end_page_number,
            file_id=file_id,
            start_page_number=start_page_number,
            type=type,
        )

        anthropic_citation_page_location.additional_properties = d
        return anthropic_citation_page_location

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
