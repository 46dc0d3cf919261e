from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_auth_keys_code_request_code_challenge_method import (
    CreateAuthKeysCodeRequestCodeChallengeMethod,
    check_create_auth_keys_code_request_code_challenge_method,
)
from ..models.create_auth_keys_code_request_usage_limit_type import (
    CreateAuthKeysCodeRequestUsageLimitType,
    check_create_auth_keys_code_request_usage_limit_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CreateAuthKeysCodeRequest")


@_attrs_define
class CreateAuthKeysCodeRequest(APIModel):
    """
    Attributes:
        callback_url (str):
        code_challenge (str | Unset):
        code_challenge_method (CreateAuthKeysCodeRequestCodeChallengeMethod | Unset):
        expires_at (None | str | Unset):
        key_label (str | Unset):
        limit (float | Unset):
        spawn_agent (str | Unset):
        spawn_cloud (str | Unset):
        usage_limit_type (CreateAuthKeysCodeRequestUsageLimitType | Unset):
        workspace_id (UUID | Unset):
    """

    callback_url: str
    code_challenge: str | Unset = UNSET
    code_challenge_method: CreateAuthKeysCodeRequestCodeChallengeMethod | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    key_label: str | Unset = UNSET
    limit: float | Unset = UNSET
    spawn_agent: str | Unset = UNSET
    spawn_cloud: str | Unset = UNSET
    usage_limit_type: CreateAuthKeysCodeRequestUsageLimitType | Unset = UNSET
    workspace_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        code_challenge = self.code_challenge

        code_challenge_method: str | Unset = UNSET
        if not isinstance(self.code_challenge_method, Unset):
            code_challenge_method = self.code_challenge_method

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        key_label = self.key_label

        limit = self.limit

        spawn_agent = self.spawn_agent

        spawn_cloud = self.spawn_cloud

        usage_limit_type: str | Unset = UNSET
        if not isinstance(self.usage_limit_type, Unset):
            usage_limit_type = self.usage_limit_type

        workspace_id: str | Unset = UNSET
        if not isinstance(self.workspace_id, Unset):
            workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_url": callback_url,
            }
        )
        if code_challenge is not UNSET:
            field_dict["code_challenge"] = code_challenge
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if key_label is not UNSET:
            field_dict["key_label"] = key_label
        if limit is not UNSET:
            field_dict["limit"] = limit
        if spawn_agent is not UNSET:
            field_dict["spawn_agent"] = spawn_agent
        if spawn_cloud is not UNSET:
            field_dict["spawn_cloud"] = spawn_cloud
        if usage_limit_type is not UNSET:
            field_dict["usage_limit_type"] = usage_limit_type
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callback_url = d.pop("callback_url")

        code_challenge = d.pop("code_challenge", UNSET)

        _code_challenge_method = d.pop("code_challenge_method", UNSET)
        code_challenge_method: CreateAuthKeysCodeRequestCodeChallengeMethod | Unset
        if isinstance(_code_challenge_method, Unset):
            code_challenge_method = UNSET
        else:
            code_challenge_method = (
                check_create_auth_keys_code_request_code_challenge_method(
                    _code_challenge_method
                )
            )

        expires_at: None | str | Unset = d.pop("expires_at", UNSET)

        key_label = d.pop("key_label", UNSET)

        limit = d.pop("limit", UNSET)

        spawn_agent = d.pop("spawn_agent", UNSET)

        spawn_cloud = d.pop("spawn_cloud", UNSET)

        _usage_limit_type = d.pop("usage_limit_type", UNSET)
        usage_limit_type: CreateAuthKeysCodeRequestUsageLimitType | Unset
        if isinstance(_usage_limit_type, Unset):
            usage_limit_type = UNSET
        else:
            usage_limit_type = check_create_auth_keys_code_request_usage_limit_type(
                _usage_limit_type
            )

        _workspace_id = d.pop("workspace_id", UNSET)
        workspace_id: UUID | Unset
        if isinstance(_workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = UUID(_workspace_id)

        create_auth_keys_code_request = cls(
            callback_url=callback_url,
            code_challenge=code_challenge,
            code_challenge_method=code_challenge_method,
            expires_at=expires_at,
            key_label=key_label,
            limit=limit,
            spawn_agent=spawn_agent,
            spawn_cloud=spawn_cloud,
            usage_limit_type=usage_limit_type,
            workspace_id=workspace_id,
        )

        create_auth_keys_code_request.additional_properties = d
        return create_auth_keys_code_request

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
