from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_keys_request_limit_reset_type_1 import (
    CreateKeysRequestLimitResetType1,
    check_create_keys_request_limit_reset_type_1,
)
from ..models.create_keys_request_limit_reset_type_2_type_1 import (
    CreateKeysRequestLimitResetType2Type1,
    check_create_keys_request_limit_reset_type_2_type_1,
)
from ..models.create_keys_request_limit_reset_type_3_type_1 import (
    CreateKeysRequestLimitResetType3Type1,
    check_create_keys_request_limit_reset_type_3_type_1,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CreateKeysRequest")


@_attrs_define
class CreateKeysRequest(APIModel):
    """
    Attributes:
        name (str):
        creator_user_id (None | str | Unset):
        expires_at (None | str | Unset):
        include_byok_in_limit (bool | Unset):
        limit (float | None | Unset):
        limit_reset (CreateKeysRequestLimitResetType1 | CreateKeysRequestLimitResetType2Type1 |
            CreateKeysRequestLimitResetType3Type1 | None | Unset):
        workspace_id (UUID | Unset):
    """

    name: str
    creator_user_id: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    limit: float | None | Unset = UNSET
    limit_reset: (
        CreateKeysRequestLimitResetType1
        | CreateKeysRequestLimitResetType2Type1
        | CreateKeysRequestLimitResetType3Type1
        | None
        | Unset
    ) = UNSET
    workspace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        creator_user_id: None | str | Unset
        if isinstance(self.creator_user_id, Unset):
            creator_user_id = UNSET
        else:
            creator_user_id = self.creator_user_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        include_byok_in_limit = self.include_byok_in_limit

        limit: float | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        limit_reset: None | str | Unset
        if isinstance(self.limit_reset, Unset):
            limit_reset = UNSET
        elif isinstance(self.limit_reset, str):
            limit_reset = self.limit_reset
        elif isinstance(self.limit_reset, str):
            limit_reset = self.limit_reset
        elif isinstance(self.limit_reset, str):
            limit_reset = self.limit_reset
        else:
            limit_reset = self.limit_reset

        workspace_id: str | Unset = UNSET
        if not isinstance(self.workspace_id, Unset):
            workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if creator_user_id is not UNSET:
            field_dict["creator_user_id"] = creator_user_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        creator_user_id: None | str | Unset = d.pop("creator_user_id", UNSET)

        expires_at: None | str | Unset = d.pop("expires_at", UNSET)

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

        limit: float | None | Unset = d.pop("limit", UNSET)

        def _parse_limit_reset(
            data: object,
        ) -> (
            CreateKeysRequestLimitResetType1
            | CreateKeysRequestLimitResetType2Type1
            | CreateKeysRequestLimitResetType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limit_reset_type_1 = check_create_keys_request_limit_reset_type_1(data)

                return limit_reset_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limit_reset_type_2_type_1 = (
                    check_create_keys_request_limit_reset_type_2_type_1(data)
                )

                return limit_reset_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limit_reset_type_3_type_1 = (
                    check_create_keys_request_limit_reset_type_3_type_1(data)
                )

                return limit_reset_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateKeysRequestLimitResetType1
                | CreateKeysRequestLimitResetType2Type1
                | CreateKeysRequestLimitResetType3Type1
                | None
                | Unset,
                data,
            )

        limit_reset = _parse_limit_reset(d.pop("limit_reset", UNSET))

        _workspace_id = d.pop("workspace_id", UNSET)
        workspace_id: UUID | Unset
        if isinstance(_workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = UUID(_workspace_id)

        create_keys_request = cls(
            name=name,
            creator_user_id=creator_user_id,
            expires_at=expires_at,
            include_byok_in_limit=include_byok_in_limit,
            limit=limit,
            limit_reset=limit_reset,
            workspace_id=workspace_id,
        )

        create_keys_request.additional_properties = d
        return create_keys_request

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
