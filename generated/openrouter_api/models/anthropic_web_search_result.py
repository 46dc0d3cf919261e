from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_search_result_type import (
    AnthropicWebSearchResultType,
    check_anthropic_web_search_result_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicWebSearchResult")


@_attrs_define
class AnthropicWebSearchResult(APIModel):
    """
    Attributes:
        encrypted_content (str):
        page_age (None | str):
        title (str):
        type (AnthropicWebSearchResultType):
        url (str):
    """

    encrypted_content: str
    page_age: None | str
    title: str
    type: AnthropicWebSearchResultType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_content = self.encrypted_content

        page_age: None | str
        page_age = self.page_age

        title = self.title

        type: str = self.type

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encrypted_content": encrypted_content,
                "page_age": page_age,
                "title": title,
                "type": type,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_content = d.pop("encrypted_content")

        page_age: None | str = d.pop("page_age")

        title = d.pop("title")

        type = check_anthropic_web_search_result_type(d.pop("type"))

        url = d.pop("url")

        anthropic_web_search_result = cls(
            encrypted_content=encrypted_content,
            page_age=page_age,
            title=title,
            type=type,
            url=url,
        )

        anthropic_web_search_result.additional_properties = d
        return anthropic_web_search_result

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
