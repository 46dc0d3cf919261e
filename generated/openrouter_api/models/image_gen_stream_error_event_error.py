from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ImageGenStreamErrorEventError")


@_attrs_define
class ImageGenStreamErrorEventError(APIModel):
    """
    Attributes:
        message (str):
        code (None | str | Unset):
        param (None | str | Unset):
        type (None | str | Unset):
    """

    message: str
    code: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        type: None | str | Unset
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        code: None | str | Unset = d.pop("code", UNSET)

        param: None | str | Unset = d.pop("param", UNSET)

        type: None | str | Unset = d.pop("type", UNSET)

        image_gen_stream_error_event_error = cls(
            message=message,
            code=code,
            param=param,
            type=type,
        )

        image_gen_stream_error_event_error.additional_properties = d
        return image_gen_stream_error_event_error

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
