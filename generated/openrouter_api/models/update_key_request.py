from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="UpdateKeyRequest")


@_attrs_define
class UpdateKeyRequest(APIModel):
    """
    Attributes:
        name (str | Unset):
        disabled (bool | Unset):
        limit (float | None | Unset):
        limit_reset (None | str | Unset):
        include_byok_in_limit (bool | Unset):
    """

    name: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    limit: float | None | Unset = UNSET
    limit_reset: None | str | Unset = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        disabled = self.disabled

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        disabled = d.pop("disabled", UNSET)

        limit: float | None | Unset = d.pop("limit", UNSET)

        limit_reset: None | str | Unset = d.pop("limit_reset", UNSET)

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

        update_key_request = cls(
            name=name,
            disabled=disabled,
            limit=limit,
            limit_reset=limit_reset,
            include_byok_in_limit=include_byok_in_limit,
        )

        update_key_request.additional_properties = d
        return update_key_request

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
