from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CreateRerankResponseUsage")


@_attrs_define
class CreateRerankResponseUsage(APIModel):
    """
    Attributes:
        cost (float | Unset):
        search_units (int | Unset):
        total_tokens (int | Unset):
    """

    cost: float | Unset = UNSET
    search_units: int | Unset = UNSET
    total_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        search_units = self.search_units

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost is not UNSET:
            field_dict["cost"] = cost
        if search_units is not UNSET:
            field_dict["search_units"] = search_units
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost", UNSET)

        search_units = d.pop("search_units", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        create_rerank_response_usage = cls(
            cost=cost,
            search_units=search_units,
            total_tokens=total_tokens,
        )

        create_rerank_response_usage.additional_properties = d
        return create_rerank_response_usage

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
