from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_file_output_type import (
    CodeInterpreterFileOutputType,
    check_code_interpreter_file_output_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CodeInterpreterFileOutput")


@_attrs_define
class CodeInterpreterFileOutput(APIModel):
    """
    Attributes:
        type (CodeInterpreterFileOutputType):
        download_url (str | Unset):
        error_code (None | str | Unset):
        expires_at (str | Unset):
        filename (str | Unset):
        id (str | Unset):
        media_type (str | Unset):
        sha256 (str | Unset):
        size_bytes (int | Unset):
        status (str | Unset):
    """

    type: CodeInterpreterFileOutputType
    download_url: str | Unset = UNSET
    error_code: None | str | Unset = UNSET
    expires_at: str | Unset = UNSET
    filename: str | Unset = UNSET
    id: str | Unset = UNSET
    media_type: str | Unset = UNSET
    sha256: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        download_url = self.download_url

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        expires_at = self.expires_at

        filename = self.filename

        id = self.id

        media_type = self.media_type

        sha256 = self.sha256

        size_bytes = self.size_bytes

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if filename is not UNSET:
            field_dict["filename"] = filename
        if id is not UNSET:
            field_dict["id"] = id
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_code_interpreter_file_output_type(d.pop("type"))

        download_url = d.pop("download_url", UNSET)

        error_code: None | str | Unset = d.pop("error_code", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        filename = d.pop("filename", UNSET)

        id = d.pop("id", UNSET)

        media_type = d.pop("media_type", UNSET)

        sha256 = d.pop("sha256", UNSET)

        size_bytes = d.pop("size_bytes", UNSET)

        status = d.pop("status", UNSET)

        code_interpreter_file_output = cls(
            type=type,
            download_url=download_url,
            error_code=error_code,
            expires_at=expires_at,
            filename=filename,
            id=id,
            media_type=media_type,
            sha256=sha256,
            size_bytes=size_bytes,
            status=status,
        )

        code_interpreter_file_output.additional_properties = d
        return code_interpreter_file_output

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
