from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rankings_daily_meta_version import (
    RankingsDailyMetaVersion,
    check_rankings_daily_meta_version,
)
from ..types import APIModel

T = TypeVar("T", bound="RankingsDailyMeta")


@_attrs_define
class RankingsDailyMeta(APIModel):
    """
    Attributes:
        as_of (str):
        end_date (str):
        start_date (str):
        version (RankingsDailyMetaVersion):
    """

    as_of: str
    end_date: str
    start_date: str
    version: RankingsDailyMetaVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of

        end_date = self.end_date

        start_date = self.start_date

        version: str = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "end_date": end_date,
                "start_date": start_date,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of = d.pop("as_of")

        end_date = d.pop("end_date")

        start_date = d.pop("start_date")

        version = check_rankings_daily_meta_version(d.pop("version"))

        rankings_daily_meta = cls(
            as_of=as_of,
            end_date=end_date,
            start_date=start_date,
            version=version,
        )

        rankings_daily_meta.additional_properties = d
        return rankings_daily_meta

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
