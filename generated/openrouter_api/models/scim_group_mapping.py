from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="ScimGroupMapping")


@_attrs_define
class ScimGroupMapping(APIModel):
    """
    Attributes:
        created_at (str):
        id (UUID):
        organization_id (str):
        role (str): Open enum (the API adds values): known values `admin`, `member`.
        scim_group_id (UUID):
        updated_at (str):
        workspace_id (UUID):
    """

    created_at: str
    id: UUID
    organization_id: str
    role: str
    scim_group_id: UUID
    updated_at: str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = str(self.id)

        organization_id = self.organization_id

        role = self.role

        scim_group_id = str(self.scim_group_id)

        updated_at = self.updated_at

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "organization_id": organization_id,
                "role": role,
                "scim_group_id": scim_group_id,
                "updated_at": updated_at,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        id = UUID(d.pop("id"))

        organization_id = d.pop("organization_id")

        role = d.pop("role")

        scim_group_id = UUID(d.pop("scim_group_id"))

        updated_at = d.pop("updated_at")

        workspace_id = UUID(d.pop("workspace_id"))

        scim_group_mapping = cls(
            created_at=created_at,
            id=id,
            organization_id=organization_id,
            role=role,
            scim_group_id=scim_group_id,
            updated_at=updated_at,
            workspace_id=workspace_id,
        )

        scim_group_mapping.additional_properties = d
        return scim_group_mapping

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
