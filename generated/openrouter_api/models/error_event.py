from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_error_event_type import (
    BaseErrorEventType,
    check_base_error_event_type,
)
from ..types import APIModel

T = TypeVar("T", bound="ErrorEvent")


@_attrs_define
class ErrorEvent(APIModel):
    """
    Attributes:
        code (None | str):
        message (str):
        param (None | str):
        sequence_number (int):
        type (BaseErrorEventType):
    """

    code: None | str
    message: str
    param: None | str
    sequence_number: int
    type: BaseErrorEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        message = self.message

        param: None | str
        param = self.param

        sequence_number = self.sequence_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "param": param,
                "sequence_number": sequence_number,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code: None | str = d.pop("code")

        message = d.pop("message")

        param: None | str = d.pop("param")

        sequence_number = d.pop("sequence_number")

        type = check_base_error_event_type(d.pop("type"))

        error_event = cls(
            code=code,
            message=message,
            param=param,
            sequence_number=sequence_number,
            type=type,
        )

        error_event.additional_properties = d
        return error_event

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
