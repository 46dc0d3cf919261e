from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="AnthropicIterationCacheCreation")


@_attrs_define
class AnthropicIterationCacheCreation(APIModel):
    """
    Attributes:
        ephemeral_1h_input_tokens (int | Unset):
        ephemeral_5m_input_tokens (int | Unset):
    """

    ephemeral_1h_input_tokens: int | Unset = UNSET
    ephemeral_5m_input_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ephemeral_1h_input_tokens = self.ephemeral_1h_input_tokens

        ephemeral_5m_input_tokens = self.ephemeral_5m_input_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ephemeral_1h_input_tokens is not UNSET:
            field_dict["ephemeral_1h_input_tokens"] = ephemeral_1h_input_tokens
        if ephemeral_5m_input_tokens is not UNSET:
            field_dict["ephemeral_5m_input_tokens"] = ephemeral_5m_input_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ephemeral_1h_input_tokens = d.pop("ephemeral_1h_input_tokens", UNSET)

        ephemeral_5m_input_tokens = d.pop("ephemeral_5m_input_tokens", UNSET)

        anthropic_iteration_cache_creation = cls(
            ephemeral_1h_input_tokens=ephemeral_1h_input_tokens,
            ephemeral_5m_input_tokens=ephemeral_5m_input_tokens,
        )

        anthropic_iteration_cache_creation.additional_properties = d
        return anthropic_iteration_cache_creation

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
