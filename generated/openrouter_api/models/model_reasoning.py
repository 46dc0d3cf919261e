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

T = TypeVar("T", bound="ModelReasoning")


@_attrs_define
class ModelReasoning(APIModel):
    """
    Attributes:
        mandatory (bool):
        default_effort (None | str | Unset):
        default_enabled (bool | None | Unset):
        supported_efforts (list[None | str] | None | Unset):
        supports_max_tokens (bool | None | Unset):
    """

    mandatory: bool
    default_effort: None | str | Unset = UNSET
    default_enabled: bool | None | Unset = UNSET
    supported_efforts: list[None | str] | None | Unset = UNSET
    supports_max_tokens: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mandatory = self.mandatory

        default_effort: None | str | Unset
        if isinstance(self.default_effort, Unset):
            default_effort = UNSET
        else:
            default_effort = self.default_effort

        default_enabled: bool | None | Unset
        if isinstance(self.default_enabled, Unset):
            default_enabled = UNSET
        else:
            default_enabled = self.default_enabled

        supported_efforts: list[None | str] | None | Unset
        if isinstance(self.supported_efforts, Unset):
            supported_efforts = UNSET
        elif isinstance(self.supported_efforts, list):
            supported_efforts = []
            for supported_efforts_type_0_item_data in self.supported_efforts:
                supported_efforts_type_0_item: None | str
                supported_efforts_type_0_item = supported_efforts_type_0_item_data
                supported_efforts.append(supported_efforts_type_0_item)

        else:
            supported_efforts = self.supported_efforts

        supports_max_tokens: bool | None | Unset
        if isinstance(self.supports_max_tokens, Unset):
            supports_max_tokens = UNSET
        else:
            supports_max_tokens = self.supports_max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mandatory": mandatory,
            }
        )
        if default_effort is not UNSET:
            field_dict["default_effort"] = default_effort
        if default_enabled is not UNSET:
            field_dict["default_enabled"] = default_enabled
        if supported_efforts is not UNSET:
            field_dict["supported_efforts"] = supported_efforts
        if supports_max_tokens is not UNSET:
            field_dict["supports_max_tokens"] = supports_max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mandatory = d.pop("mandatory")

        default_effort: None | str | Unset = d.pop("default_effort", UNSET)

        default_enabled: bool | None | Unset = d.pop("default_enabled", UNSET)

        def _parse_supported_efforts(data: object) -> list[None | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_efforts_type_0 = []
                _supported_efforts_type_0 = data
                for supported_efforts_type_0_item_data in _supported_efforts_type_0:
                    supported_efforts_type_0_item: None | str = (
                        supported_efforts_type_0_item_data
                    )

                    supported_efforts_type_0.append(supported_efforts_type_0_item)

                return supported_efforts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | str] | None | Unset, data)

        supported_efforts = _parse_supported_efforts(d.pop("supported_efforts", UNSET))

        supports_max_tokens: bool | None | Unset = d.pop("supports_max_tokens", UNSET)

        model_reasoning = cls(
            mandatory=mandatory,
            default_effort=default_effort,
            default_enabled=default_enabled,
            supported_efforts=supported_efforts,
            supports_max_tokens=supports_max_tokens,
        )

        model_reasoning.additional_properties = d
        return model_reasoning

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
