from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_tool_type import NamespaceToolType, check_namespace_tool_type
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.custom_tool import CustomTool
    from ..models.namespace_function_tool import NamespaceFunctionTool

_LAZY_IMPORTS = (
    ("..models.custom_tool", "CustomTool"),
    ("..models.namespace_function_tool", "NamespaceFunctionTool"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="NamespaceTool")


@_attrs_define
class NamespaceTool(APIModel):
    """
    Attributes:
        description (str):
        name (str):
        tools (list[CustomTool | NamespaceFunctionTool]):
        type (NamespaceToolType):
    """

    description: str
    name: str
    tools: list[CustomTool | NamespaceFunctionTool]
    type: NamespaceToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        description = self.description

        name = self.name

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, NamespaceFunctionTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "tools": tools,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(data: object) -> CustomTool | NamespaceFunctionTool:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = NamespaceFunctionTool.from_dict(data)

                    return tools_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_1 = CustomTool.from_dict(data)

                return tools_item_type_1

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        type = check_namespace_tool_type(d.pop("type"))

        namespace_tool = cls(
            description=description,
            name=name,
            tools=tools,
            type=type,
        )

        namespace_tool.additional_properties = d
        return namespace_tool

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
