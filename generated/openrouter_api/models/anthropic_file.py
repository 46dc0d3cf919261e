from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_file_shape import AnthropicFileShape, check_anthropic_file_shape
from ..models.anthropic_file_type import AnthropicFileType, check_anthropic_file_type
from ..types import APIModel

T = TypeVar("T", bound="AnthropicFile")


@_attrs_define
class AnthropicFile(APIModel):
    """
    Attributes:
        field_shape (AnthropicFileShape):
        created_at (str):
        downloadable (bool):
        filename (str):
        id (str):
        mime_type (str):
        size_bytes (int):
        type (AnthropicFileType):
    """

    field_shape: AnthropicFileShape
    created_at: str
    downloadable: bool
    filename: str
    id: str
    mime_type: str
    size_bytes: int
    type: AnthropicFileType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_shape: str = self.field_shape

        created_at = self.created_at

        downloadable = self.downloadable

        filename = self.filename

        id = self.id

        mime_type = self.mime_type

        size_bytes = self.size_bytes

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_shape": field_shape,
                "created_at": created_at,
                "downloadable": downloadable,
                "filename": filename,
                "id": id,
                "mime_type": mime_type,
                "size_bytes": size_bytes,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_shape = check_anthropic_file_shape(d.pop("_shape"))

        created_at = d.pop("created_at")

        downloadable = d.pop("downloadable")

        filename = d.pop("filename")

        id = d.pop("id")

        mime_type = d.pop("mime_type")

        size_bytes = d.pop("size_bytes")

        type = check_anthropic_file_type(d.pop("type"))

        anthropic_file = cls(
            field_shape=field_shape,
            created_at=created_at,
            downloadable=downloadable,
            filename=filename,
            id=id,
            mime_type=mime_type,
            size_bytes=size_bytes,
            type=type,
        )

        anthropic_file.additional_properties = d
        return anthropic_file

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
