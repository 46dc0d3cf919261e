from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_cost_meta_version import (
    SessionCostMetaVersion,
    check_session_cost_meta_version,
)
from ..types import APIModel

T = TypeVar("T", bound="SessionCostMeta")


@_attrs_define
class SessionCostMeta(APIModel):
    """
    Attributes:
        as_of (str):
        version (SessionCostMetaVersion):
        window_days (int | None):
        window_end_date (None | str):
    """

    as_of: str
    version: SessionCostMetaVersion
    window_days: int | None
    window_end_date: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        as_of = self.as_of

        version: str = self.version

        window_days: int | None
        window_days = self.window_days

        window_end_date: None | str
        window_end_date = self.window_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "as_of": as_of,
                "version": version,
                "window_days": window_days,
                "window_end_date": window_end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        as_of = d.pop("as_of")

        version = check_session_cost_meta_version(d.pop("version"))

        window_days: int | None = d.pop("window_days")

        window_end_date: None | str = d.pop("window_end_date")

        session_cost_meta = cls(
            as_of=as_of,
            version=version,
            window_days=window_days,
            window_end_date=window_end_date,
        )

        session_cost_meta.additional_properties = d
        return session_cost_meta

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
