from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.fusion_plugin_tools_item_parameters_additional_properties_variant_5 import (
        FusionPluginToolsItemParametersAdditionalPropertiesVariant5,
    )

_LAZY_IMPORTS = (
    (
        "..models.fusion_plugin_tools_item_parameters_additional_properties_variant_5",
        "FusionPluginToolsItemParametersAdditionalPropertiesVariant5",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="FusionPluginToolsItemParameters")


@_attrs_define
class FusionPluginToolsItemParameters(APIModel):
    additional_properties: dict[
        str,
        bool
        | float
        | FusionPluginToolsItemParametersAdditionalPropertiesVariant5
        | list[bool | float | None | str]
        | None
        | str,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = []
                for additional_property_type_4_item_data in prop:
                    additional_property_type_4_item: bool | float | None | str
                    additional_property_type_4_item = (
                        additional_property_type_4_item_data
                    )
                    field_dict[prop_name].append(additional_property_type_4_item)

            elif isinstance(
                prop, FusionPluginToolsItemParametersAdditionalPropertiesVariant5
            ):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        fusion_plugin_tools_item_parameters = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                bool
                | float
                | FusionPluginToolsItemParametersAdditionalPropertiesVariant5
                | list[bool | float | None | str]
                | None
                | str
            ):
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_4 = []
                    _additional_property_type_4 = data
                    for (
                        additional_property_type_4_item_data
                    ) in _additional_property_type_4:
                        additional_property_type_4_item: bool | float | None | str = (
                            additional_property_type_4_item_data
                        )

                        additional_property_type_4.append(
                            additional_property_type_4_item
                        )

                    return additional_property_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_5 = FusionPluginToolsItemParametersAdditionalPropertiesVariant5.from_dict(
                        data
                    )

                    return additional_property_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    bool
                    | float
                    | FusionPluginToolsItemParametersAdditionalPropertiesVariant5
                    | list[bool | float | None | str]
                    | None
                    | str,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        fusion_plugin_tools_item_parameters.additional_properties = (
            additional_properties
        )
        return fusion_plugin_tools_item_parameters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        bool
        | float
        | FusionPluginToolsItemParametersAdditionalPropertiesVariant5
        | list[bool | float | None | str]
        | None
        | str
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool
        | float
        | FusionPluginToolsItemParametersAdditionalPropertiesVariant5
        | list[bool | float | None | str]
        | None
        | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
