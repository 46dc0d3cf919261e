from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.format_json_object_config import FormatJsonObjectConfig
    from ..models.format_json_schema_config import FormatJsonSchemaConfig
    from ..models.format_text_config import FormatTextConfig

_LAZY_IMPORTS = (
    ("..models.format_json_object_config", "FormatJsonObjectConfig"),
    ("..models.format_json_schema_config", "FormatJsonSchemaConfig"),
    ("..models.format_text_config", "FormatTextConfig"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="TextExtendedConfig")


@_attrs_define
class TextExtendedConfig(APIModel):
    """
    Attributes:
        format (FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig | Unset):
        verbosity (None | str | Unset): Open enum (the API adds values): known values `low`, `medium`, `high`, `xhigh`,
            `max`.
    """

    format: (
        FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig | Unset
    ) = UNSET
    verbosity: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        format: dict[str, Any] | Unset
        if isinstance(self.format, Unset):
            format = UNSET
        elif isinstance(self.format, FormatTextConfig):
            format = self.format.to_dict()
        elif isinstance(self.format, FormatJsonObjectConfig):
            format = self.format.to_dict()
        else:
            format = self.format.to_dict()

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        else:
            verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format is not UNSET:
            field_dict["format"] = format
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_format(
            data: object,
        ) -> FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_formats_type_0 = FormatTextConfig.from_dict(data)

                return componentsschemas_formats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_formats_type_1 = FormatJsonObjectConfig.from_dict(
                    data
                )

                return componentsschemas_formats_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_formats_type_2 = FormatJsonSchemaConfig.from_dict(data)

            return componentsschemas_formats_type_2

        format = _parse_format(d.pop("format", UNSET))

        verbosity: None | str | Unset = d.pop("verbosity", UNSET)

        text_extended_config = cls(
            format=format,
            verbosity=verbosity,
        )

        text_extended_config.additional_properties = d
        return text_extended_config

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
