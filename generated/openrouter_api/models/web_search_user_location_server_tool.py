from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_user_location_server_tool_type import (
    WebSearchUserLocationServerToolType,
    check_web_search_user_location_server_tool_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="WebSearchUserLocationServerTool")


@_attrs_define
class WebSearchUserLocationServerTool(APIModel):
    """
    Attributes:
        city (None | str | Unset):
        country (None | str | Unset):
        region (None | str | Unset):
        timezone (None | str | Unset):
        type (WebSearchUserLocationServerToolType | Unset):
    """

    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    type: WebSearchUserLocationServerToolType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city: None | str | Unset = d.pop("city", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        region: None | str | Unset = d.pop("region", UNSET)

        timezone: None | str | Unset = d.pop("timezone", UNSET)

        _type = d.pop("type", UNSET)
        type: WebSearchUserLocationServerToolType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_web_search_user_location_server_tool_type(_type)

        web_search_user_location_server_tool = cls(
            city=city,
            country=country,
            region=region,
            timezone=timezone,
            type=type,
        )

        web_search_user_location_server_tool.additional_properties = d
        return web_search_user_location_server_tool

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
