from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_citation_content_block_location_param_type import (
    AnthropicCitationContentBlockLocationParamType,
    check_anthropic_citation_content_block_location_param_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicCitationContentBlockLocationParam")


@_attrs_define
class AnthropicCitationContentBlockLocationParam(APIModel):
    """
    Attributes:
        cited_text (str):
        document_index (int):
        document_title (None | str):
        end_block_index (int):
        start_block_index (int):
        type (AnthropicCitationContentBlockLocationParamType):
    """

    cited_text: str
    document_index: int
    document_title: None | str
    end_block_index: int
    start_block_index: int
    type: AnthropicCitationContentBlockLocationParamType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cited_text = self.cited_text

        document_index = self.document_index

        document_title: None | str
        document_title = self.document_title

        end_block_index = self.end_block_index

        start_block_index = self.start_block_index

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cited_text": cited_text,
                "document_index": document_index,
                "document_title": document_title,
                "end_block_index": end_block_index,
                "start_block_index": start_block_index,
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

        end_block_index = d.pop("end_block_index")

        start_block_index = d.pop("start_block_index")

        type = check_anthropic_citation_content_block_location_param_type(d.pop("type"))

        anthropic_citation_content_block_location_param = cls(
            cited_text=cited_text,
            document_index=document_index,
            document_title=document_title,
            end_block_index=end_block_index,
            start_block_index=start_block_index,
            type=type,
        )

        anthropic_citation_content_block_location_param.additional_properties = d
        return anthropic_citation_content_block_location_param

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
