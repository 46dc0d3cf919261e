from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_allowed_mode_type_0 import (
    ToolChoiceAllowedModeType0,
    check_tool_choice_allowed_mode_type_0,
)
from ..models.tool_choice_allowed_mode_type_1 import (
    ToolChoiceAllowedModeType1,
    check_tool_choice_allowed_mode_type_1,
)
from ..models.tool_choice_allowed_type import (
    ToolChoiceAllowedType,
    check_tool_choice_allowed_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem

_LAZY_IMPORTS = (
    ("..models.tool_choice_allowed_tools_item", "ToolChoiceAllowedToolsItem"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ToolChoiceAllowed")


@_attrs_define
class ToolChoiceAllowed(APIModel):
    """
    Attributes:
        mode (ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1):
        tools (list[ToolChoiceAllowedToolsItem]):
        type (ToolChoiceAllowedType):
    """

    mode: ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1
    tools: list[ToolChoiceAllowedToolsItem]
    type: ToolChoiceAllowedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        mode: str
        if isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
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

        def _parse_mode(
            data: object,
        ) -> ToolChoiceAllowedModeType0 | ToolChoiceAllowedModeType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_tool_choice_allowed_mode_type_0(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            mode_type_1 = check_tool_choice_allowed_mode_type_1(data)

            return mode_type_1

        mode = _parse_mode(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ToolChoiceAllowedToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        type = check_tool_choice_allowed_type(d.pop("type"))

        tool_choice_allowed = cls(
            mode=mode,
            tools=tools,
            type=type,
        )

        tool_choice_allowed.additional_properties = d
        return tool_choice_allowed

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
