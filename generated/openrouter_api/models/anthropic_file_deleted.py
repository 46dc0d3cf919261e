from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_file_deleted_shape import (
    AnthropicFileDeletedShape,
    check_anthropic_file_deleted_shape,
)
from ..models.anthropic_file_deleted_type import (
    AnthropicFileDeletedType,
    check_anthropic_file_deleted_type,
)
from ..types import APIModel

T = TypeVar("T", bound="AnthropicFileDeleted")


@_attrs_define
class AnthropicFileDeleted(APIModel):
    """
    Attributes:
        field_shape (AnthropicFileDeletedShape):
        id (str):
        type (AnthropicFileDeletedType):
    """

    field_shape: AnthropicFileDeletedShape
    id: str
    type: AnthropicFileDeletedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_shape: str = self.field_shape

        id = self.id

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_shape": field_shape,
                "id": id,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_shape = check_anthropic_file_deleted_shape(d.pop("_shape"))

        id = d.pop("id")

        type = check_anthropic_file_deleted_type(d.pop("type"))

        anthropic_file_deleted = cls(
            field_shape=field_shape,
            id=id,
            type=type,
        )

        anthropic_file_deleted.additional_properties = d
        return anthropic_file_deleted

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
