from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_citation_type import FileCitationType, check_file_citation_type
from ..types import APIModel

T = TypeVar("T", bound="FileCitation")


@_attrs_define
class FileCitation(APIModel):
    """
    Attributes:
        file_id (str):
        filename (str):
        index (int):
        type (FileCitationType):
    """

    file_id: str
    filename: str
    index: int
    type: FileCitationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        filename = self.filename

        index = self.index

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "filename": filename,
                "index": index,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        filename = d.pop("filename")

        index = d.pop("index")

        type = check_file_citation_type(d.pop("type"))

        file_citation = cls(
            file_id=file_id,
            filename=filename,
            index=index,
            type=type,
        )

        file_citation.additional_properties = d
        return file_citation

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
