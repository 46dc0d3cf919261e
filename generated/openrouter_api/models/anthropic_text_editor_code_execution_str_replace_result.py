from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_text_editor_code_execution_str_replace_result_type import (
    AnthropicTextEditorCodeExecutionStrReplaceResultType,
    check_anthropic_text_editor_code_execution_str_replace_result_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicTextEditorCodeExecutionStrReplaceResult")


@_attrs_define
class AnthropicTextEditorCodeExecutionStrReplaceResult(APIModel):
    """
    Attributes:
        lines (list[str] | None):
        new_lines (int | None):
        new_start (int | None):
        old_lines (int | None):
        old_start (int | None):
        type (AnthropicTextEditorCodeExecutionStrReplaceResultType):
    """

    lines: list[str] | None
    new_lines: int | None
    new_start: int | None
    old_lines: int | None
    old_start: int | None
    type: AnthropicTextEditorCodeExecutionStrReplaceResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lines: list[str] | None
        if isinstance(self.lines, list):
            lines = self.lines

        else:
            lines = self.lines

        new_lines: int | None
        new_lines = self.new_lines

        new_start: int | None
        new_start = self.new_start

        old_lines: int | None
        old_lines = self.old_lines

        old_start: int | None
        old_start = self.old_start

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lines": lines,
                "new_lines": new_lines,
                "new_start": new_start,
                "old_lines": old_lines,
                "old_start": old_start,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_lines(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = cast(list[str], data)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        lines = _parse_lines(d.pop("lines"))

        new_lines: int | None = d.pop("new_lines")

        new_start: int | None = d.pop("new_start")

        old_lines: int | None = d.pop("old_lines")

        old_start: int | None = d.pop("old_start")

        type = check_anthropic_text_editor_code_execution_str_replace_result_type(
            d.pop("type")
        )

        anthropic_text_editor_code_execution_str_replace_result = cls(
            lines=lines,
            new_lines=new_lines,
            new_start=new_start,
            old_lines=old_lines,
            old_start=old_start,
            type=type,
        )

        anthropic_text_editor_code_execution_str_replace_result.additional_properties = d
        return anthropic_text_editor_code_execution_str_replace_result

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
