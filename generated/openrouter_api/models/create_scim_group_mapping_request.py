from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_scim_group_mapping_request_role import (
    CreateScimGroupMappingRequestRole,
    check_create_scim_group_mapping_request_role,
)
from ..types import APIModel

T = TypeVar("T", bound="CreateScimGroupMappingRequest")


@_attrs_define
class CreateScimGroupMappingRequest(APIModel):
    """
    Attributes:
        role (CreateScimGroupMappingRequestRole):
        scim_group_id (UUID):
        workspace_id (UUID):
    """

    role: CreateScimGroupMappingRequestRole
    scim_group_id: UUID
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        scim_group_id = str(self.scim_group_id)

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "scim_group_id": scim_group_id,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_create_scim_group_mapping_request_role(d.pop("role"))

        scim_group_id = UUID(d.pop("scim_group_id"))

        workspace_id = UUID(d.pop("workspace_id"))

        create_scim_group_mapping_request = cls(
            role=role,
            scim_group_id=scim_group_id,
            workspace_id=workspace_id,
        )

        create_scim_group_mapping_request.additional_properties = d
        return create_scim_group_mapping_request

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
