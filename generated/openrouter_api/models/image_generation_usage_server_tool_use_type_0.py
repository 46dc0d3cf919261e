from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ImageGenerationUsageServerToolUseType0")


@_attrs_define
class ImageGenerationUsageServerToolUseType0(APIModel):
    """
    Attributes:
        tool_calls_executed (int | None | Unset):
        tool_calls_requested (int | None | Unset):
        web_search_requests (int | None | Unset):
    """

    tool_calls_executed: int | None | Unset = UNSET
    tool_calls_requested: int | None | Unset = UNSET
    web_search_requests: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_calls_executed: int | None | Unset
        if isinstance(self.tool_calls_executed, Unset):
            tool_calls_executed = UNSET
        else:
            tool_calls_executed = self.tool_calls_executed

        tool_calls_requested: int | None | Unset
        if isinstance(self.tool_calls_requested, Unset):
            tool_calls_requested = UNSET
        else:
            tool_calls_requested = self.tool_calls_requested

        web_search_requests: int | None | Unset
        if isinstance(self.web_search_requests, Unset):
            web_search_requests = UNSET
        else:
            web_search_requests = self.web_search_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_calls_executed is not UNSET:
            field_dict["tool_calls_executed"] = tool_calls_executed
        if tool_calls_requested is not UNSET:
            field_dict["tool_calls_requested"] = tool_calls_requested
        if web_search_requests is not UNSET:
            field_dict["web_search_requests"] = web_search_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_calls_executed: int | None | Unset = d.pop("tool_calls_executed", UNSET)

        tool_calls_requested: int | None | Unset = d.pop("tool_calls_requested", UNSET)

        web_search_requests: int | None | Unset = d.pop("web_search_requests", UNSET)

        image_generation_usage_server_tool_use_type_0 = cls(
            tool_calls_executed=tool_calls_executed,
            tool_calls_requested=tool_calls_requested,
            web_search_requests=web_search_requests,
        )

        image_generation_usage_server_tool_use_type_0.additional_properties = d
        return image_generation_usage_server_tool_use_type_0

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
