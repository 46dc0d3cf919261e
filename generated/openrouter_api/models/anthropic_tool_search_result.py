from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_tool_search_result_type import (
    AnthropicToolSearchResultType,
    check_anthropic_tool_search_result_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.anthropic_tool_reference import AnthropicToolReference

_LAZY_IMPORTS = (("..models.anthropic_tool_reference", "AnthropicToolReference"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="AnthropicToolSearchResult")


@_attrs_define
class AnthropicToolSearchResult(APIModel):
    """
    Attributes:
        tool_references (list[AnthropicToolReference]):
        type (AnthropicToolSearchResultType):
    """

    tool_references: list[AnthropicToolReference]
    type: AnthropicToolSearchResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        tool_references = []
        for tool_references_item_data in self.tool_references:
            tool_references_item = tool_references_item_data.to_dict()
            tool_references.append(tool_references_item)

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_references": tool_references,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        tool_references = []
        _tool_references = d.pop("tool_references")
        for tool_references_item_data in _tool_references:
            tool_references_item = AnthropicToolReference.from_dict(
                tool_references_item_data
            )

            tool_references.append(tool_references_item)

        type = check_anthropic_tool_search_result_type(d.pop("type"))

        anthropic_tool_search_result = cls(
            tool_references=tool_references,
            type=type,
        )

        anthropic_tool_search_result.additional_properties = d
        return anthropic_tool_search_result

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
