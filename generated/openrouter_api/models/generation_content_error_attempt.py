from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="GenerationContentErrorAttempt")


@_attrs_define
class GenerationContentErrorAttempt(APIModel):
    """
    Attributes:
        code (int):
        message (str):
        provider_name (None | str):
        raw (None | str):
    """

    code: int
    message: str
    provider_name: None | str
    raw: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        provider_name: None | str
        provider_name = self.provider_name

        raw: None | str
        raw = self.raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "provider_name": provider_name,
                "raw": raw,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        provider_name: None | str = d.pop("provider_name")

        raw: None | str = d.pop("raw")

        generation_content_error_attempt = cls(
            code=code,
            message=message,
            provider_name=provider_name,
            raw=raw,
        )

        generation_content_error_attempt.additional_properties = d
        return generation_content_error_attempt

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
