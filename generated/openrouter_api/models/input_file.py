from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_file_type import InputFileType, check_input_file_type
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="InputFile")


@_attrs_define
class InputFile(APIModel):
    """
    Attributes:
        type (InputFileType):
        file_data (str | Unset):
        file_id (None | str | Unset):
        file_url (str | Unset):
        filename (str | Unset):
    """

    type: InputFileType
    file_data: str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    file_url: str | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        file_data = self.file_data

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        file_url = self.file_url

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_input_file_type(d.pop("type"))

        file_data = d.pop("file_data", UNSET)

        file_id: None | str | Unset = d.pop("file_id", UNSET)

        file_url = d.pop("file_url", UNSET)

        filename = d.pop("filename", UNSET)

        input_file = cls(
            type=type,
            file_data=file_data,
            file_id=file_id,
            file_url=file_url,
            filename=filename,
        )

        input_file.additional_properties = d
        return input_file

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
