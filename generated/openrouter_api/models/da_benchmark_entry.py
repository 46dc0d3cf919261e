from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="DABenchmarkEntry")


@_attrs_define
class DABenchmarkEntry(APIModel):
    """
    Attributes:
        arena (str):
        category (str):
        elo (float):
        rank (int):
        win_rate (float):
    """

    arena: str
    category: str
    elo: float
    rank: int
    win_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arena = self.arena

        category = self.category

        elo = self.elo

        rank = self.rank

        win_rate = self.win_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arena": arena,
                "category": category,
                "elo": elo,
                "rank": rank,
                "win_rate": win_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arena = d.pop("arena")

        category = d.pop("category")

        elo = d.pop("elo")

        rank = d.pop("rank")

        win_rate = d.pop("win_rate")

        da_benchmark_entry = cls(
            arena=arena,
            category=category,
            elo=elo,
            rank=rank,
            win_rate=win_rate,
        )

        da_benchmark_entry.additional_properties = d
        return da_benchmark_entry

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
