from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="AppRankingsItem")


@_attrs_define
class AppRankingsItem(APIModel):
    """
    Attributes:
        app_id (int):
        app_name (str):
        rank (int):
        total_requests (int):
        total_tokens (str):
    """

    app_id: int
    app_name: str
    rank: int
    total_requests: int
    total_tokens: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_name = self.app_name

        rank = self.rank

        total_requests = self.total_requests

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "app_name": app_name,
                "rank": rank,
                "total_requests": total_requests,
                "total_tokens": total_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id")

        app_name = d.pop("app_name")

        rank = d.pop("rank")

        total_requests = d.pop("total_requests")

        total_tokens = d.pop("total_tokens")

        app_rankings_item = cls(
            app_id=app_id,
            app_name=app_name,
            rank=rank,
            total_requests=total_requests,
            total_tokens=total_tokens,
        )

        app_rankings_item.additional_properties = d
        return app_rankings_item

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
