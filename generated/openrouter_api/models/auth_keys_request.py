from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="AuthKeysRequest")


@_attrs_define
class AuthKeysRequest(APIModel):
    """
    Attributes:
        code (str):
        code_verifier (str | Unset):
        code_challenge_method (None | str | Unset): S256 or plain.
    """

    code: str
    code_verifier: str | Unset = UNSET
    code_challenge_method: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        code_verifier = self.code_verifier

        code_challenge_method: None | str | Unset
        if isinstance(self.code_challenge_method, Unset):
            code_challenge_method = UNSET
        else:
            code_challenge_method = self.code_challenge_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if code_verifier is not UNSET:
            field_dict["code_verifier"] = code_verifier
        if code_challenge_method is not UNSET:
            field_dict["code_challenge_method"] = code_challenge_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        code_verifier = d.pop("code_verifier", UNSET)

        code_challenge_method: None | str | Unset = d.pop(
            "code_challenge_method", UNSET
        )

        auth_keys_request = cls(
            code=code,
            code_verifier=code_verifier,
            code_challenge_method=code_challenge_method,
        )

        auth_keys_request.additional_properties = d
        return auth_keys_request

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
