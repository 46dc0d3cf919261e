from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="UpdateBYOKKeyRequest")


@_attrs_define
class UpdateBYOKKeyRequest(APIModel):
    """
    Attributes:
        allowed_api_key_hashes (list[str] | None | Unset):
        allowed_models (list[str] | None | Unset):
        allowed_user_ids (list[str] | None | Unset):
        disabled (bool | Unset):
        is_fallback (bool | Unset):
        key (str | Unset):
        name (None | str | Unset):
    """

    allowed_api_key_hashes: list[str] | None | Unset = UNSET
    allowed_models: list[str] | None | Unset = UNSET
    allowed_user_ids: list[str] | None | Unset = UNSET
    disabled: bool | Unset = UNSET
    is_fallback: bool | Unset = UNSET
    key: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_api_key_hashes: list[str] | None | Unset
        if isinstance(self.allowed_api_key_hashes, Unset):
            allowed_api_key_hashes = UNSET
        elif isinstance(self.allowed_api_key_hashes, list):
            allowed_api_key_hashes = self.allowed_api_key_hashes

        else:
            allowed_api_key_hashes = self.allowed_api_key_hashes

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        allowed_user_ids: list[str] | None | Unset
        if isinstance(self.allowed_user_ids, Unset):
            allowed_user_ids = UNSET
        elif isinstance(self.allowed_user_ids, list):
            allowed_user_ids = self.allowed_user_ids

        else:
            allowed_user_ids = self.allowed_user_ids

        disabled = self.disabled

        is_fallback = self.is_fallback

        key = self.key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_api_key_hashes is not UNSET:
            field_dict["allowed_api_key_hashes"] = allowed_api_key_hashes
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if allowed_user_ids is not UNSET:
            field_dict["allowed_user_ids"] = allowed_user_ids
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if is_fallback is not UNSET:
            field_dict["is_fallback"] = is_fallback
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_allowed_api_key_hashes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_api_key_hashes_type_0 = cast(list[str], data)

                return allowed_api_key_hashes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_api_key_hashes = _parse_allowed_api_key_hashes(
            d.pop("allowed_api_key_hashes", UNSET)
        )

        def _parse_allowed_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], data)

                return allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_models = _parse_allowed_models(d.pop("allowed_models", UNSET))

        def _parse_allowed_user_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_user_ids_type_0 = cast(list[str], data)

                return allowed_user_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_user_ids = _parse_allowed_user_ids(d.pop("allowed_user_ids", UNSET))

        disabled = d.pop("disabled", UNSET)

        is_fallback = d.pop("is_fallback", UNSET)

        key = d.pop("key", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        update_byok_key_request = cls(
            allowed_api_key_hashes=allowed_api_key_hashes,
            allowed_models=allowed_models,
            allowed_user_ids=allowed_user_ids,
            disabled=disabled,
            is_fallback=is_fallback,
            key=key,
            name=name,
        )

        update_byok_key_request.additional_properties = d
        return update_byok_key_request

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
