from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_citation_search_result_location_type import (
    AnthropicCitationSearchResultLocationType,
    check_anthropic_citation_search_result_location_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicCitationSearchResultLocation")


@_attrs_define
class AnthropicCitationSearchResultLocation(APIModel):
    """
    Attributes:
        cited_text (str):
        end_block_index (int):
        search_result_index (int):
        source (str):
        start_block_index (int):
        title (None | str):
        type (AnthropicCitationSearchResultLocationType):
    """

    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    title: None | str
    type: AnthropicCitationSearchResultLocationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cited_text = self.cited_text

        end_block_index = self.end_block_index

        search_result_index = self.search_result_index

        source = self.source

        start_block_index = self.start_block_index

        title: None | str
        title = self.title

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cited_text": cited_text,
                "end_block_index": end_block_index,
                "search_result_index": search_result_index,
                "source": source,
                "start_block_index": start_block_index,
                "title": title,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cited_text = d.pop("cited_text")

        end_block_index = d.pop("end_block_index")

        search_result_index = d.pop("search_result_index")

        source = d.pop("source")

        start_block_index = d.pop("start_block_index")

        title: None | str = d.pop("title")

        type = check_anthropic_citation_search_result_location_type(d.pop("type"))

        anthropic_citation_search_result_location = cls(
            cited_text=cited_text,
            end_block_index=end_block_index,
            search_result_index=search_result_index,
            source=source,
            start_block_index=start_block_index,
            title=title,
            type=type,
        )

        anthropic_citation_search_result_location.additional_properties = d
        return anthropic_citation_search_result_location

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
