from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="FusionPluginToolsItemParametersAdditionalPropertiesVariant5")


@_attrs_define
class FusionPluginToolsItemParametersAdditionalPropertiesVariant5(APIModel):
    additional_properties: dict[str, bool | float | None | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fusion_plugin_tools_item_parameters_additional_properties_variant_5 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property: bool | float | None | str = prop_dict

            additional_properties[prop_name] = additional_property

        fusion_plugin_tools_item_parameters_additional_properties_variant_5.additional_properties = additional_properties
        return fusion_plugin_tools_item_parameters_additional_properties_variant_5

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
