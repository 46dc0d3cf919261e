from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_item_web_search_call_action_find_in_page_type import (
    OutputItemWebSearchCallActionFindInPageType,
    check_output_item_web_search_call_action_find_in_page_type,
)
from ..types import APIModel

T = TypeVar("T", bound="OutputItemWebSearchCallActionFindInPage")


@_attrs_define
class OutputItemWebSearchCallActionFindInPage(APIModel):
    """
    Attributes:
        pattern (str):
        type (OutputItemWebSearchCallActionFindInPageType):
        url (str):
    """

    pattern: str
    type: OutputItemWebSearchCallActionFindInPageType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern

        type: str = self.type

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pattern": pattern,
                "type": type,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pattern = d.pop("pattern")

        type = check_output_item_web_search_call_action_find_in_page_type(d.pop("type"))

        url = d.pop("url")

        output_item_web_search_call_action_find_in_page = cls(
            pattern=pattern,
            type=type,
            url=url,
        )

        output_item_web_search_call_action_find_in_page.additional_properties = d
        return output_item_web_search_call_action_find_in_page

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
