from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="MemberAssignment")


@_attrs_define
class MemberAssignment(APIModel):
    """
    Attributes:
        assigned_by (None | str):
        created_at (str):
        guardrail_id (UUID):
        id (UUID):
        organization_id (str):
        user_id (str):
    """

    assigned_by: None | str
    created_at: str
    guardrail_id: UUID
    id: UUID
    organization_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned_by: None | str
        assigned_by = self.assigned_by

        created_at = self.created_at

        guardrail_id = str(self.guardrail_id)

        id = str(self.id)

        organization_id = self.organization_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned_by": assigned_by,
                "created_at": created_at,
                "guardrail_id": guardrail_id,
                "id": id,
                "organization_id": organization_id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assigned_by: None | str = d.pop("assigned_by")

        created_at = d.pop("created_at")

        guardrail_id = UUID(d.pop("guardrail_id"))

        id = UUID(d.pop("id"))

        organization_id = d.pop("organization_id")

        user_id = d.pop("user_id")

        member_assignment = cls(
            assigned_by=assigned_by,
            created_at=created_at,
            guardrail_id=guardrail_id,
            id=id,
            organization_id=organization_id,
            user_id=user_id,
        )

        member_assignment.additional_properties = d
        return member_assignment

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
