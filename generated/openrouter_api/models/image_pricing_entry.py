from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ImagePricingEntry")


@_attrs_define
class ImagePricingEntry(APIModel):
    """
    Attributes:
        billable (str): Open enum (the API adds values): known values `output_image`, `input_image`, `input_font`,
            `input_reference`, `input_text`.
        cost_usd (float):
        unit (str): Open enum (the API adds values): known values `image`, `megapixel`, `token`.
        variant (str | Unset):
    """

    billable: str
    cost_usd: float
    unit: str
    variant: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billable = self.billable

        cost_usd = self.cost_usd

        unit = self.unit

        variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billable": billable,
                "cost_usd": cost_usd,
                "unit": unit,
            }
        )
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        billable = d.pop("billable")

        cost_usd = d.pop("cost_usd")

        unit = d.pop("unit")

        variant = d.pop("variant", UNSET)

        image_pricing_entry = cls(
            billable=billable,
            cost_usd=cost_usd,
            unit=unit,
            variant=variant,
        )

        image_pricing_entry.additional_properties = d
        return image_pricing_entry

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
