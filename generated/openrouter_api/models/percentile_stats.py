from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="PercentileStats")


@_attrs_define
class PercentileStats(APIModel):
    """
    Attributes:
        p50 (float):
        p75 (float):
        p90 (float):
        p99 (float):
    """

    p50: float
    p75: float
    p90: float
    p99: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        p50 = self.p50

        p75 = self.p75

        p90 = self.p90

        p99 = self.p99

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "p50": p50,
                "p75": p75,
                "p90": p90,
                "p99": p99,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        p50 = d.pop("p50")

        p75 = d.pop("p75")

        p90 = d.pop("p90")

        p99 = d.pop("p99")

        percentile_stats = cls(
            p50=p50,
            p75=p75,
            p90=p90,
            p99=p99,
        )

        percentile_stats.additional_properties = d
        return percentile_stats

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
