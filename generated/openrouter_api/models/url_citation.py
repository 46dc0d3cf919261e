from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.url_citation_type import URLCitationType, check_url_citation_type
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="URLCitation")


@_attrs_define
class URLCitation(APIModel):
    """
    Attributes:
        end_index (int):
        start_index (int):
        title (str):
        type (URLCitationType):
        url (str):
        content (str | Unset):
    """

    end_index: int
    start_index: int
    title: str
    type: URLCitationType
    url: str
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_index = self.end_index

        start_index = self.start_index

        title = self.title

        type: str = self.type

        url = self.url

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_index": end_index,
                "start_index": start_index,
                "title": title,
                "type": type,
                "url": url,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_index = d.pop("end_index")

        start_index = d.pop("start_index")

        title = d.pop("title")

        type = check_url_citation_type(d.pop("type"))

        url = d.pop("url")

        content = d.pop("content", UNSET)

        url_citation = cls(
            end_index=end_index,
            start_index=start_index,
            title=title,
            type=type,
            url=url,
            content=content,
        )

        url_citation.additional_properties = d
        return url_citation

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
