from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_bash_code_execution_output_type import (
    AnthropicBashCodeExecutionOutputType,
    check_anthropic_bash_code_execution_output_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicBashCodeExecutionOutput")


@_attrs_define
class AnthropicBashCodeExecutionOutput(APIModel):
    """
    Attributes:
        file_id (str):
        type (AnthropicBashCodeExecutionOutputType):
    """

    file_id: str
    type: AnthropicBashCodeExecutionOutputType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        type = check_anthropic_bash_code_execution_output_type(d.pop("type"))

        anthropic_bash_code_execution_output = cls(
            file_id=file_id,
            type=type,
        )

        anthropic_bash_code_execution_output.additional_properties = d
        return anthropic_bash_code_execution_output

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
