from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_image_output_type import (
    CodeInterpreterImageOutputType,
    check_code_interpreter_image_output_type,
)
from ..types import APIModel

T = TypeVar("T", bound="CodeInterpreterImageOutput")


@_attrs_define
class CodeInterpreterImageOutput(APIModel):
    """
    Attributes:
        type (CodeInterpreterImageOutputType):
        url (str):
    """

    type: CodeInterpreterImageOutputType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_code_interpreter_image_output_type(d.pop("type"))

        url = d.pop("url")

        code_interpreter_image_output = cls(
            type=type,
            url=url,
        )

        code_interpreter_image_output.additional_properties = d
        return code_interpreter_image_output

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
