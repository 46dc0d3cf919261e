from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="WorkspaceMember")


@_attrs_define
class WorkspaceMember(APIModel):
    """
    Attributes:
        created_at (str):
        id (UUID):
        role (str): Open enum (the API adds values): known values `admin`, `member`.
        user_id (str):
        workspace_id (UUID):
    """

    created_at: str
    id: UUID
    role: str
    user_id: str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = str(self.id)

        role = self.role

        user_id = self.user_id

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "role": role,
                "user_id": user_id,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        id = UUID(d.pop("id"))

        role = d.pop("role")

        user_id = d.pop("user_id")

        workspace_id = UUID(d.pop("workspace_id"))

        workspace_member = cls(
            created_at=created_at,
            id=id,
            role=role,
            user_id=user_id,
            workspace_id=workspace_id,
        )

        workspace_member.additional_properties = d
        return workspace_member

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
