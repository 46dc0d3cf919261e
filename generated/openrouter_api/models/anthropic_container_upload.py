from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_container_upload_type import (
    AnthropicContainerUploadType,
    check_anthropic_container_upload_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicContainerUpload")


@_attrs_define
class AnthropicContainerUpload(APIModel):
    """
    Attributes:
        file_id (str):
        type (AnthropicContainerUploadType):
    """

    file_id: str
    type: AnthropicContainerUploadType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        type = check_anthropic_container_upload_type(d.pop("type"))

        anthropic_container_upload = cls(
            file_id=file_id,
            type=type,
        )

        anthropic_container_upload.additional_properties = d
        return anthropic_container_upload

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
