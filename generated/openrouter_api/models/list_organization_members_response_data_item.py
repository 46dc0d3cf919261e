from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="ListOrganizationMembersResponseDataItem")


@_attrs_define
class ListOrganizationMembersResponseDataItem(APIModel):
    """
    Attributes:
        email (str):
        first_name (None | str):
        id (str):
        last_name (None | str):
        role (str): Open enum (the API adds values): known values `org:admin`, `org:member`.
    """

    email: str
    first_name: None | str
    id: str
    last_name: None | str
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name: None | str
        first_name = self.first_name

        id = self.id

        last_name: None | str
        last_name = self.last_name

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "first_name": first_name,
                "id": id,
                "last_name": last_name,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        first_name: None | str = d.pop("first_name")

        id = d.pop("id")

        last_name: None | str = d.pop("last_name")

        role = d.pop("role")

        list_organization_members_response_data_item = cls(
            email=email,
            first_name=first_name,
            id=id,
            last_name=last_name,
            role=role,
        )

        list_organization_members_response_data_item.additional_properties = d
        return list_organization_members_response_data_item

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
