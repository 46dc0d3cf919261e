from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="UnifiedBenchmarksDAItemTournamentStats")


@_attrs_define
class UnifiedBenchmarksDAItemTournamentStats(APIModel):
    """
    Attributes:
        first_place (int | None):
        fourth_place (int | None):
        second_place (int | None):
        third_place (int | None):
        total (int | None):
    """

    first_place: int | None
    fourth_place: int | None
    second_place: int | None
    third_place: int | None
    total: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_place: int | None
        first_place = self.first_place

        fourth_place: int | None
        fourth_place = self.fourth_place

        second_place: int | None
        second_place = self.second_place

        third_place: int | None
        third_place = self.third_place

        total: int | None
        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_place": first_place,
                "fourth_place": fourth_place,
                "second_place": second_place,
                "third_place": third_place,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_place: int | None = d.pop("first_place")

        fourth_place: int | None = d.pop("fourth_place")

        second_place: int | None = d.pop("second_place")

        third_place: int | None = d.pop("third_place")

        total: int | None = d.pop("total")

        unified_benchmarks_da_item_tournament_stats = cls(
            first_place=first_place,
            fourth_place=fourth_place,
            second_place=second_place,
            third_place=third_place,
            total=total,
        )

        unified_benchmarks_da_item_tournament_stats.additional_properties = d
        return unified_benchmarks_da_item_tournament_stats

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
