from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CostDetails")


@_attrs_define
class CostDetails(APIModel):
    """
    Attributes:
        upstream_inference_completions_cost (float | Unset):
        upstream_inference_cost (float | None | Unset):
        upstream_inference_prompt_cost (float | Unset):
    """

    upstream_inference_completions_cost: float | Unset = UNSET
    upstream_inference_cost: float | None | Unset = UNSET
    upstream_inference_prompt_cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upstream_inference_completions_cost = self.upstream_inference_completions_cost

        upstream_inference_cost: float | None | Unset
        if isinstance(self.upstream_inference_cost, Unset):
            upstream_inference_cost = UNSET
        else:
            upstream_inference_cost = self.upstream_inference_cost

        upstream_inference_prompt_cost = self.upstream_inference_prompt_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upstream_inference_completions_cost is not UNSET:
            field_dict["upstream_inference_completions_cost"] = (
                upstream_inference_completions_cost
            )
        if upstream_inference_cost is not UNSET:
            field_dict["upstream_inference_cost"] = upstream_inference_cost
        if upstream_inference_prompt_cost is not UNSET:
            field_dict["upstream_inference_prompt_cost"] = (
                upstream_inference_prompt_cost
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upstream_inference_completions_cost = d.pop(
            "upstream_inference_completions_cost", UNSET
        )

        upstream_inference_cost: float | None | Unset = d.pop(
            "upstream_inference_cost", UNSET
        )

        upstream_inference_prompt_cost = d.pop("upstream_inference_prompt_cost", UNSET)

        cost_details = cls(
            upstream_inference_completions_cost=upstream_inference_completions_cost,
            upstream_inference_cost=upstream_inference_cost,
            upstream_inference_prompt_cost=upstream_inference_prompt_cost,
        )

        cost_details.additional_properties = d
        return cost_details

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
