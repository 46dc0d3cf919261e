from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_web_search_result_block_param_type import (
    AnthropicWebSearchResultBlockParamType,
    check_anthropic_web_search_result_block_param_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="AnthropicWebSearchResultBlockParam")


@_attrs_define
class AnthropicWebSearchResultBlockParam(APIModel):
    """
    Attributes:
        encrypted_content (str):
        title (str):
        type (AnthropicWebSearchResultBlockParamType):
        url (str):
        page_age (None | str | Unset):
    """

    encrypted_content: str
    title: str
    type: AnthropicWebSearchResultBlockParamType
    url: str
    page_age: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_content = self.encrypted_content

        title = self.title

        type: str = self.type

        url = self.url

        page_age: None | str | Unset
        if isinstance(self.page_age, Unset):
            page_age = UNSET
        else:
            page_age = self.page_age

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encrypted_content": encrypted_content,
                "title": title,
                "type": type,
                "url": url,
            }
        )
        if page_age is not UNSET:
            field_dict["page_age"] = page_age

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_content = d.pop("encrypted_content")

        title = d.pop("title")

        type = check_anthropic_web_search_result_block_param_type(d.pop("type"))

        url = d.pop("url")

        page_age: None | str | Unset = d.pop("page_age", UNSET)

        anthropic_web_search_result_block_param = cls(
            encrypted_content=encrypted_content,
            title=title,
            type=type,
            url=url,
            page_age=page_age,
        )

        anthropic_web_search_result_block_param.additional_properties = d
        return anthropic_web_search_result_block_param

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
