from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pareto_router_plugin_id import (
    ParetoRouterPluginId,
    check_pareto_router_plugin_id,
)
from ..models.pareto_router_plugin_price_source import (
    ParetoRouterPluginPriceSource,
    check_pareto_router_plugin_price_source,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ParetoRouterPlugin")


@_attrs_define
class ParetoRouterPlugin(APIModel):
    """
    Attributes:
        id (ParetoRouterPluginId):
        enabled (bool | Unset):
        max_price (float | Unset):
        min_coding_score (float | Unset):
        price_source (ParetoRouterPluginPriceSource | Unset):
    """

    id: ParetoRouterPluginId
    enabled: bool | Unset = UNSET
    max_price: float | Unset = UNSET
    min_coding_score: float | Unset = UNSET
    price_source: ParetoRouterPluginPriceSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        enabled = self.enabled

        max_price = self.max_price

        min_coding_score = self.min_coding_score

        price_source: str | Unset = UNSET
        if not isinstance(self.price_source, Unset):
            price_source = self.price_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_price is not UNSET:
            field_dict["max_price"] = max_price
        if min_coding_score is not UNSET:
            field_dict["min_coding_score"] = min_coding_score
        if price_source is not UNSET:
            field_dict["price_source"] = price_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = check_pareto_router_plugin_id(d.pop("id"))

        enabled = d.pop("enabled", UNSET)

        max_price = d.pop("max_price", UNSET)

        min_coding_score = d.pop("min_coding_score", UNSET)

        _price_source = d.pop("price_source", UNSET)
        price_source: ParetoRouterPluginPriceSource | Unset
        if isinstance(_price_source, Unset):
            price_source = UNSET
        else:
            price_source = check_pareto_router_plugin_price_source(_price_source)

        pareto_router_plugin = cls(
            id=id,
            enabled=enabled,
            max_price=max_price,
            min_coding_score=min_coding_score,
            price_source=price_source,
        )

        pareto_router_plugin.additional_properties = d
        return pareto_router_plugin

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
