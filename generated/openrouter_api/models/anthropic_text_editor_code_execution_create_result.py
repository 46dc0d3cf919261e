from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_create_result_type import (
    AnthropicTextEditorCodeExecutionCreateResultType,
    check_anthropic_text_editor_code_execution_create_result_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicTextEditorCodeExecutionCreateResult")


@_attrs_define
class AnthropicTextEditorCodeExecutionCreateResult(APIModel):
    """
    Attributes:
        is_file_update (bool):
        type (AnthropicTextEditorCodeExecutionCreateResultType):
    """

    is_file_update: bool
    type: AnthropicTextEditorCodeExecutionCreateResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_file_update = self.is_file_update

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_file_update": is_file_update,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_file_update = d.pop("is_file_update")

        type = check_anthropic_text_editor_code_execution_create_result_type(
            d.pop("type")
        )

        anthropic_text_editor_code_execution_create_result = cls(
            is_file_update=is_file_update,
            type=type,
        )

        anthropic_text_editor_code_execution_create_result.additional_properties = d
        return anthropic_text_editor_code_execution_create_result

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
