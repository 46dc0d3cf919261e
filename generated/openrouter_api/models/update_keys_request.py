from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_keys_request_limit_reset_type_1 import (
    UpdateKeysRequestLimitResetType1,
    check_update_keys_request_limit_reset_type_1,
)
from ..models.update_keys_request_limit_reset_type_2_type_1 import (
    UpdateKeysRequestLimitResetType2Type1,
    check_update_keys_request_limit_reset_type_2_type_1,
)
from ..models.update_keys_request_limit_reset_type_3_type_1 import (
    UpdateKeysRequestLimitResetType3Type1,
    check_update_keys_request_limit_reset_type_3_type_1,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="UpdateKeysRequest")


@_attrs_define
class UpdateKeysRequest(APIModel):
    """
    Attributes:
        disabled (bool | Unset):
        include_byok_in_limit (bool | Unset):
        limit (float | None | Unset):
        limit_reset (None | Unset | UpdateKeysRequestLimitResetType1 | UpdateKeysRequestLimitResetType2Type1 |
            UpdateKeysRequestLimitResetType3Type1):
        name (str | Unset):
    """

    disabled: bool | Unset = UNSET
    include_byok_in_limit: bool | Unset = UNSET
    limit: float | None | Unset = UNSET
    limit_reset: (
        None
        | Unset
        | UpdateKeysRequestLimitResetType1
        | UpdateKeysRequestLimitResetType2Type1
        | UpdateKeysRequestLimitResetType3Type1
    ) = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disabled = self.disabled

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

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if include_byok_in_limit is not UNSET:
            field_dict["include_byok_in_limit"] = include_byok_in_limit
        if limit is not UNSET:
            field_dict["limit"] = limit
        if limit_reset is not UNSET:
            field_dict["limit_reset"] = limit_reset
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disabled = d.pop("disabled", UNSET)

        include_byok_in_limit = d.pop("include_byok_in_limit", UNSET)

        limit: float | None | Unset = d.pop("limit", UNSET)

        def _parse_limit_reset(
            data: object,
        ) -> (
            None
            | Unset
            | UpdateKeysRequestLimitResetType1
            | UpdateKeysRequestLimitResetType2Type1
            | UpdateKeysRequestLimitResetType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limit_reset_type_1 = check_update_keys_request_limit_reset_type_1(data)

                return limit_reset_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limit_reset_type_2_type_1 = (
                    check_update_keys_request_limit_reset_type_2_type_1(data)
                )

                return limit_reset_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limit_reset_type_3_type_1 = (
                    check_update_keys_request_limit_reset_type_3_type_1(data)
                )

                return limit_reset_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | UpdateKeysRequestLimitResetType1
                | UpdateKeysRequestLimitResetType2Type1
                | UpdateKeysRequestLimitResetType3Type1,
                data,
            )

        limit_reset = _parse_limit_reset(d.pop("limit_reset", UNSET))

        name = d.pop("name", UNSET)

        update_keys_request = cls(
            disabled=disabled,
            include_byok_in_limit=include_byok_in_limit,
            limit=limit,
            limit_reset=limit_reset,
            name=name,
        )

        update_keys_request.additional_properties = d
        return update_keys_request

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
