from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_server_tools_when_max_tokens_used_type import (
    StopServerToolsWhenMaxTokensUsedType,
    check_stop_server_tools_when_max_tokens_used_type,
)
from ..types import APIModel

T = TypeVar("T", bound="StopServerToolsWhenMaxTokensUsed")


@_attrs_define
class StopServerToolsWhenMaxTokensUsed(APIModel):
    """
    Attributes:
        max_tokens (int):
        type (StopServerToolsWhenMaxTokensUsedType):
    """

    max_tokens: int
    type: StopServerToolsWhenMaxTokensUsedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_tokens = self.max_tokens

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_tokens": max_tokens,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_tokens = d.pop("max_tokens")

        type = check_stop_server_tools_when_max_tokens_used_type(d.pop("type"))

        stop_server_tools_when_max_tokens_used = cls(
            max_tokens=max_tokens,
            type=type,
        )

        stop_server_tools_when_max_tokens_used.additional_properties = d
        return stop_server_tools_when_max_tokens_used

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
