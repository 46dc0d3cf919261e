from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_format_grammar_type import (
    CustomToolFormatGrammarType,
    check_custom_tool_format_grammar_type,
)
from ..types import APIModel

T = TypeVar("T", bound="CustomToolFormatGrammar")


@_attrs_define
class CustomToolFormatGrammar(APIModel):
    """
    Attributes:
        definition (str):
        syntax (str): Open enum (the API adds values): known values `lark`, `regex`.
        type (CustomToolFormatGrammarType):
    """

    definition: str
    syntax: str
    type: CustomToolFormatGrammarType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition

        syntax = self.syntax

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
                "syntax": syntax,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definition = d.pop("definition")

        syntax = d.pop("syntax")

        type = check_custom_tool_format_grammar_type(d.pop("type"))

        custom_tool_format_grammar = cls(
            definition=definition,
            syntax=syntax,
            type=type,
        )

        custom_tool_format_grammar.additional_properties = d
        return custom_tool_format_grammar

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
