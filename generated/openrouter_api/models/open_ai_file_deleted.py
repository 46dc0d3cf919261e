from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_file_deleted_object import (
    OpenAIFileDeletedObject,
    check_open_ai_file_deleted_object,
)
from ..models.open_ai_file_deleted_shape import (
    OpenAIFileDeletedShape,
    check_open_ai_file_deleted_shape,
)
from ..types import APIModel

T = TypeVar("T", bound="OpenAIFileDeleted")


@_attrs_define
class OpenAIFileDeleted(APIModel):
    """
    Attributes:
        field_shape (OpenAIFileDeletedShape):
        deleted (bool):
        id (str):
        object (OpenAIFileDeletedObject):
    """

    field_shape: OpenAIFileDeletedShape
    deleted: bool
    id: str
    object: OpenAIFileDeletedObject
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_shape: str = self.field_shape

        deleted = self.deleted

        id = self.id

        object: str = self.object

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_shape": field_shape,
                "deleted": deleted,
                "id": id,
                "object": object,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_shape = check_open_ai_file_deleted_shape(d.pop("_shape"))

        deleted = d.pop("deleted")

        id = d.pop("id")

        object = check_open_ai_file_deleted_object(d.pop("object"))

        open_ai_file_deleted = cls(
            field_shape=field_shape,
            deleted=deleted,
            id=id,
            object=object,
        )

        open_ai_file_deleted.additional_properties = d
        return open_ai_file_deleted

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
