from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_cache_control_directive_type import (
    AnthropicCacheControlDirectiveType,
    check_anthropic_cache_control_directive_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="AnthropicCacheControlDirective")


@_attrs_define
class AnthropicCacheControlDirective(APIModel):
    """
    Attributes:
        type (AnthropicCacheControlDirectiveType):
        ttl (str | Unset): Open enum (the API adds values): known values `5m`, `1h`.
    """

    type: AnthropicCacheControlDirectiveType
    ttl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_anthropic_cache_control_directive_type(d.pop("type"))

        ttl = d.pop("ttl", UNSET)

        anthropic_cache_control_directive = cls(
            type=type,
            ttl=ttl,
        )

        anthropic_cache_control_directive.additional_properties = d
        return anthropic_cache_control_directive

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
