from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CreateKeyRequest")


@_attrs_define
class CreateKeyRequest(APIModel):
    """
    Attributes:
        name (str):
        limit (float | None | Unset): Spending cap in USD.
        limit_reset (None | str | Unset): daily, weekly, monthly or null.
        include_byok_in_limit (bool | Unset):
        expires_at (None | str | Unset): ISO-8601 date-time, UTC only (a string so bodies round-trip unchanged).
        workspace_id (str | Unset):
        creator_user_id (None | str | Unset):
    """

    name: str
    limit: float | None | Unset = UNSET
    limit_reset: None | str | Unset = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    creator_user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        limit_reset: None | str | Unset
        if isinstance(self.limit_reset, Unset):
            limit_reset = UNSET
        else:
            limit_reset = self.limit_reset

        include_byok_in_limit = self.include_byok_in_limit

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        workspace_id = self.workspace_id

        creator_user_id: None | str | Unset
        if isinstance(self.creator_user_id, Unset):
            creator_user_id = UNSET
        else:
            creator_user_id = self.creator_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        limit: float | None | Unset = d.pop("limit", UNSET)

        limit_reset: None | str | Unset = d.pop("limit_reset", UNSET)

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

        expires_at: None | str | Unset = d.pop("expires_at", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        creator_user_id: None | str | Unset = d.pop("creator_user_id", UNSET)

        create_key_request = cls(
            name=name,
            limit=limit,
            limit_reset=limit_reset,
            include_byok_in_limit=include_byok_in_limit,
            expires_at=expires_at,
            workspace_id=workspace_id,
            creator_user_id=creator_user_id,
        )

        create_key_request.additional_properties = d
        return create_key_request

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
