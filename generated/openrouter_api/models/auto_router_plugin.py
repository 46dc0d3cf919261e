from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_router_plugin_cost_tier import (
    AutoRouterPluginCostTier,
    check_auto_router_plugin_cost_tier,
)
from ..models.auto_router_plugin_id import (
    AutoRouterPluginId,
    check_auto_router_plugin_id,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="AutoRouterPlugin")


@_attrs_define
class AutoRouterPlugin(APIModel):
    """
    Attributes:
        id (AutoRouterPluginId):
        allowed_models (list[str] | Unset):
        cost_quality_tradeoff (int | Unset):
        cost_tier (AutoRouterPluginCostTier | Unset):
        enabled (bool | Unset):
        excluded_models (list[str] | Unset):
        pin_model (bool | Unset):
    """

    id: AutoRouterPluginId
    allowed_models: list[str] | Unset = UNSET
    cost_quality_tradeoff: int | Unset = UNSET
    cost_tier: AutoRouterPluginCostTier | Unset = UNSET
    enabled: bool | Unset = UNSET
    excluded_models: list[str] | Unset = UNSET
    pin_model: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        allowed_models: list[str] | Unset = UNSET
        if not isinstance(self.allowed_models, Unset):
            allowed_models = self.allowed_models

        cost_quality_tradeoff = self.cost_quality_tradeoff

        cost_tier: str | Unset = UNSET
        if not isinstance(self.cost_tier, Unset):
            cost_tier = self.cost_tier

        enabled = self.enabled

        excluded_models: list[str] | Unset = UNSET
        if not isinstance(self.excluded_models, Unset):
            excluded_models = self.excluded_models

        pin_model = self.pin_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if cost_quality_tradeoff is not UNSET:
            field_dict["cost_quality_tradeoff"] = cost_quality_tradeoff
        if cost_tier is not UNSET:
            field_dict["cost_tier"] = cost_tier
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if excluded_models is not UNSET:
            field_dict["excluded_models"] = excluded_models
        if pin_model is not UNSET:
            field_dict["pin_model"] = pin_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = check_auto_router_plugin_id(d.pop("id"))

        allowed_models = cast(list[str], d.pop("allowed_models", UNSET))

        cost_quality_tradeoff = d.pop("cost_quality_tradeoff", UNSET)

        _cost_tier = d.pop("cost_tier", UNSET)
        cost_tier: AutoRouterPluginCostTier | Unset
        if isinstance(_cost_tier, Unset):
            cost_tier = UNSET
        else:
            cost_tier = check_auto_router_plugin_cost_tier(_cost_tier)

        enabled = d.pop("enabled", UNSET)

        excluded_models = cast(list[str], d.pop("excluded_models", UNSET))

        pin_model = d.pop("pin_model", UNSET)

        auto_router_plugin = cls(
            id=id,
            allowed_models=allowed_models,
            cost_quality_tradeoff=cost_quality_tradeoff,
            cost_tier=cost_tier,
            enabled=enabled,
            excluded_models=excluded_models,
            pin_model=pin_model,
        )

        auto_router_plugin.additional_properties = d
        return auto_router_plugin

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
