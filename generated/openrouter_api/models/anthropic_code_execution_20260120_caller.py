from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_code_execution_20260120_caller_type import (
    AnthropicCodeExecution20260120CallerType,
    check_anthropic_code_execution_20260120_caller_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicCodeExecution20260120Caller")


@_attrs_define
class AnthropicCodeExecution20260120Caller(APIModel):
    """
    Attributes:
        tool_id (str):
        type (AnthropicCodeExecution20260120CallerType):
    """

    tool_id: str
    type: AnthropicCodeExecution20260120CallerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_id": tool_id,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_id = d.pop("tool_id")

        type = check_anthropic_code_execution_20260120_caller_type(d.pop("type"))

        anthropic_code_execution_20260120_caller = cls(
            tool_id=tool_id,
            type=type,
        )

        anthropic_code_execution_20260120_caller.additional_properties = d
        return anthropic_code_execution_20260120_caller

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
