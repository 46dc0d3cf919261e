from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_path_type import FilePathType, check_file_path_type
from ..types import APIModel

T = TypeVar("T", bound="FilePath")


@_attrs_define
class FilePath(APIModel):
    """
    Attributes:
        file_id (str):
        index (int):
        type (FilePathType):
    """

    file_id: str
    index: int
    type: FilePathType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        index = self.index

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "index": index,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        index = d.pop("index")

        type = check_file_path_type(d.pop("type"))

        file_path = cls(
            file_id=file_id,
            index=index,
            type=type,
        )

        file_path.additional_properties = d
        return file_path

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
