from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_type import CustomToolType, check_custom_tool_type
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_format_grammar import CustomToolFormatGrammar
    from ..models.custom_tool_format_text import CustomToolFormatText

_LAZY_IMPORTS = (
    ("..models.custom_tool_format_grammar", "CustomToolFormatGrammar"),
    ("..models.custom_tool_format_text", "CustomToolFormatText"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="CustomTool")


@_attrs_define
class CustomTool(APIModel):
    """
    Attributes:
        name (str):
        type (CustomToolType):
        description (str | Unset):
        format (CustomToolFormatGrammar | CustomToolFormatText | Unset):
    """

    name: str
    type: CustomToolType
    description: str | Unset = UNSET
    format: CustomToolFormatGrammar | CustomToolFormatText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        type: str = self.type

        description = self.description

        format: dict[str, Any] | Unset
        if isinstance(self.format, Unset):
            format = UNSET
        elif isinstance(self.format, CustomToolFormatText):
            format = self.format.to_dict()
        else:
            format = self.format.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format is not UNSET:
            field_dict["format"] = format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        type = check_custom_tool_type(d.pop("type"))

        description = d.pop("description", UNSET)

        def _parse_format(
            data: object,
        ) -> CustomToolFormatGrammar | CustomToolFormatText | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = CustomToolFormatText.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            format_type_1 = CustomToolFormatGrammar.from_dict(data)

            return format_type_1

        format = _parse_format(d.pop("format", UNSET))

        custom_tool = cls(
            name=name,
            type=type,
            description=description,
            format=format,
        )

        custom_tool.additional_properties = d
        return custom_tool

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
