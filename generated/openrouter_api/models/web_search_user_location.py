from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_user_location_type import (
    WebSearchUserLocationType,
    check_web_search_user_location_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="WebSearchUserLocation")


@_attrs_define
class WebSearchUserLocation(APIModel):
    """
    Attributes:
        type (WebSearchUserLocationType):
        city (str | Unset):
        region (str | Unset):
        country (str | Unset):
        timezone (str | Unset):
    """

    type: WebSearchUserLocationType
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    country: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        city = self.city

        region = self.region

        country = self.country

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_web_search_user_location_type(d.pop("type"))

        city = d.pop("city", UNSET)

        region = d.pop("region", UNSET)

        country = d.pop("country", UNSET)

        timezone = d.pop("timezone", UNSET)

        web_search_user_location = cls(
            type=type,
            city=city,
            region=region,
            country=country,
            timezone=timezone,
        )

        web_search_user_location.additional_properties = d
        return web_search_user_location

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
