from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_view_result_type import (
    AnthropicTextEditorCodeExecutionViewResultType,
    check_anthropic_text_editor_code_execution_view_result_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicTextEditorCodeExecutionViewResult")


@_attrs_define
class AnthropicTextEditorCodeExecutionViewResult(APIModel):
    """
    Attributes:
        content (str):
        file_type (str): Open enum (the API adds values): known values `text`, `image`, `pdf`.
        num_lines (int | None):
        start_line (int | None):
        total_lines (int | None):
        type (AnthropicTextEditorCodeExecutionViewResultType):
    """

    content: str
    file_type: str
    num_lines: int | None
    start_line: int | None
    total_lines: int | None
    type: AnthropicTextEditorCodeExecutionViewResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        file_type = self.file_type

        num_lines: int | None
        num_lines = self.num_lines

        start_line: int | None
        start_line = self.start_line

        total_lines: int | None
        total_lines = self.total_lines

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "file_type": file_type,
                "num_lines": num_lines,
                "start_line": start_line,
                "total_lines": total_lines,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        file_type = d.pop("file_type")

        num_lines: int | None = d.pop("num_lines")

        start_line: int | None = d.pop("start_line")

        total_lines: int | None = d.pop("total_lines")

        type = check_anthropic_text_editor_code_execution_view_result_type(
            d.pop("type")
        )

        anthropic_text_editor_code_execution_view_result = cls(
            content=content,
            file_type=file_type,
            num_lines=num_lines,
            start_line=start_line,
            total_lines=total_lines,
            type=type,
        )

        anthropic_text_editor_code_execution_view_result.additional_properties = d
        return anthropic_text_editor_code_execution_view_result

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
