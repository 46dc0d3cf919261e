from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_redacted_thinking_block_type import (
    AnthropicRedactedThinkingBlockType,
    check_anthropic_redacted_thinking_block_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicRedactedThinkingBlock")


@_attrs_define
class AnthropicRedactedThinkingBlock(APIModel):
    """
    Attributes:
        data (str):
        type (AnthropicRedactedThinkingBlockType):
    """

    data: str
    type: AnthropicRedactedThinkingBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        type = check_anthropic_redacted_thinking_block_type(d.pop("type"))

        anthropic_redacted_thinking_block = cls(
            data=data,
            type=type,
        )

        anthropic_redacted_thinking_block.additional_properties = d
        return anthropic_redacted_thinking_block

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
