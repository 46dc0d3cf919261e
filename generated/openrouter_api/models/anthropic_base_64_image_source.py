from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_base_64_image_source_type import (
    AnthropicBase64ImageSourceType,
    check_anthropic_base_64_image_source_type,
)
from ..models.anthropic_image_mime_type import (
    AnthropicImageMimeType,
    check_anthropic_image_mime_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicBase64ImageSource")


@_attrs_define
class AnthropicBase64ImageSource(APIModel):
    """
    Attributes:
        data (str):
        media_type (AnthropicImageMimeType):
        type (AnthropicBase64ImageSourceType):
    """

    data: str
    media_type: AnthropicImageMimeType
    type: AnthropicBase64ImageSourceType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        media_type: str = self.media_type

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "media_type": media_type,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        media_type = check_anthropic_image_mime_type(d.pop("media_type"))

        type = check_anthropic_base_64_image_source_type(d.pop("type"))

        anthropic_base_64_image_source = cls(
            data=data,
            media_type=media_type,
            type=type,
        )

        anthropic_base_64_image_source.additional_properties = d
        return anthropic_base_64_image_source

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
