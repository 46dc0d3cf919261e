from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_citation_web_search_result_location_type import (
    AnthropicCitationWebSearchResultLocationType,
    check_anthropic_citation_web_search_result_location_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicCitationWebSearchResultLocation")


@_attrs_define
class AnthropicCitationWebSearchResultLocation(APIModel):
    """
    Attributes:
        cited_text (str):
        encrypted_index (str):
        title (None | str):
        type (AnthropicCitationWebSearchResultLocationType):
        url (str):
    """

    cited_text: str
    encrypted_index: str
    title: None | str
    type: AnthropicCitationWebSearchResultLocationType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cited_text = self.cited_text

        encrypted_index = self.encrypted_index

        title: None | str
        title = self.title

        type: str = self.type

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cited_text": cited_text,
                "encrypted_index": encrypted_index,
                "title": title,
                "type": type,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cited_text = d.pop("cited_text")

        encrypted_index = d.pop("encrypted_index")

        title: None | str = d.pop("title")

        type = check_anthropic_citation_web_search_result_location_type(d.pop("type"))

        url = d.pop("url")

        anthropic_citation_web_search_result_location = cls(
            cited_text=cited_text,
            encrypted_index=encrypted_index,
            title=title,
            type=type,
            url=url,
        )

        anthropic_citation_web_search_result_location.additional_properties = d
        return anthropic_citation_web_search_result_location

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
