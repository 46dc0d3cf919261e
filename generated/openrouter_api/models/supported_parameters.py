from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.boolean_capability import BooleanCapability
    from ..models.enum_capability import EnumCapability
    from ..models.range_capability import RangeCapability

_LAZY_IMPORTS = (
    ("..models.boolean_capability", "BooleanCapability"),
    ("..models.enum_capability", "EnumCapability"),
    ("..models.range_capability", "RangeCapability"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="SupportedParameters")


@_attrs_define
class SupportedParameters(APIModel):
    additional_properties: dict[
        str, BooleanCapability | EnumCapability | RangeCapability
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, EnumCapability):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, RangeCapability):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        supported_parameters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> BooleanCapability | EnumCapability | RangeCapability:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_capability_descriptor_type_0 = (
                        EnumCapability.from_dict(data)
                    )

                    return componentsschemas_capability_descriptor_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_capability_descriptor_type_1 = (
                        RangeCapability.from_dict(data)
                    )

                    return componentsschemas_capability_descriptor_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_capability_descriptor_type_2 = (
                    BooleanCapability.from_dict(data)
                )

                return componentsschemas_capability_descriptor_type_2

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        supported_parameters.additional_properties = additional_properties
        return supported_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> BooleanCapability | EnumCapability | RangeCapability:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: BooleanCapability | EnumCapability | RangeCapability
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
