from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_router_file_deleted_shape import (
    OpenRouterFileDeletedShape,
    check_open_router_file_deleted_shape,
)
from ..models.open_router_file_deleted_type import (
    OpenRouterFileDeletedType,
    check_open_router_file_deleted_type,
)
from ..types import APIModel

T = TypeVar("T", bound="OpenRouterFileDeleted")


@_attrs_define
class OpenRouterFileDeleted(APIModel):
    """
    Attributes:
        field_shape (OpenRouterFileDeletedShape):
        id (str):
        type (OpenRouterFileDeletedType):
    """

    field_shape: OpenRouterFileDeletedShape
    id: str
    type: OpenRouterFileDeletedType
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
        field_shape = check_open_router_file_deleted_shape(d.pop("_shape"))

        id = d.pop("id")

        type = check_open_router_file_deleted_type(d.pop("type"))

        open_router_file_deleted = cls(
            field_shape=field_shape,
            id=id,
            type=type,
        )

        open_router_file_deleted.additional_properties = d
        return open_router_file_deleted

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
