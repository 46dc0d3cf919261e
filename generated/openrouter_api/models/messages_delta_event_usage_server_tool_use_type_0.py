from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="MessagesDeltaEventUsageServerToolUseType0")


@_attrs_define
class MessagesDeltaEventUsageServerToolUseType0(APIModel):
    """
    Attributes:
        web_fetch_requests (int):
        web_search_requests (int):
    """

    web_fetch_requests: int
    web_search_requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web_fetch_requests = self.web_fetch_requests

        web_search_requests = self.web_search_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "web_fetch_requests": web_fetch_requests,
                "web_search_requests": web_search_requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        web_fetch_requests = d.pop("web_fetch_requests")

        web_search_requests = d.pop("web_search_requests")

        messages_delta_event_usage_server_tool_use_type_0 = cls(
            web_fetch_requests=web_fetch_requests,
            web_search_requests=web_search_requests,
        )

        messages_delta_event_usage_server_tool_use_type_0.additional_properties = d
        return messages_delta_event_usage_server_tool_use_type_0

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
