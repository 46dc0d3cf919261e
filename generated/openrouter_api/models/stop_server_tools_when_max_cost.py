from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_server_tools_when_max_cost_type import (
    StopServerToolsWhenMaxCostType,
    check_stop_server_tools_when_max_cost_type,
)
from ..types import APIModel

T = TypeVar("T", bound="StopServerToolsWhenMaxCost")


@_attrs_define
class StopServerToolsWhenMaxCost(APIModel):
    """
    Attributes:
        max_cost_in_dollars (float):
        type (StopServerToolsWhenMaxCostType):
    """

    max_cost_in_dollars: float
    type: StopServerToolsWhenMaxCostType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_cost_in_dollars = self.max_cost_in_dollars

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_cost_in_dollars": max_cost_in_dollars,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_cost_in_dollars = d.pop("max_cost_in_dollars")

        type = check_stop_server_tools_when_max_cost_type(d.pop("type"))

        stop_server_tools_when_max_cost = cls(
            max_cost_in_dollars=max_cost_in_dollars,
            type=type,
        )

        stop_server_tools_when_max_cost.additional_properties = d
        return stop_server_tools_when_max_cost

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
