from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_file_object import OpenAIFileObject, check_open_ai_file_object
from ..models.open_ai_file_shape import OpenAIFileShape, check_open_ai_file_shape
from ..models.open_ai_file_status import OpenAIFileStatus, check_open_ai_file_status
from ..types import APIModel

T = TypeVar("T", bound="OpenAIFile")


@_attrs_define
class OpenAIFile(APIModel):
    """
    Attributes:
        field_shape (OpenAIFileShape):
        bytes (int):
        created_at (int):
        filename (str):
        id (str):
        object (OpenAIFileObject):
        purpose (str): Open enum (the API adds values): known values `assistants`, `batch`, `fine-tune`, `vision`,
            `user_data`, `evals`, `assistants_output`, `batch_output`, `fine-tune-results`.
        status (OpenAIFileStatus):
    """

    field_shape: OpenAIFileShape
    bytes: int
    created_at: int
    filename: str
    id: str
    object: OpenAIFileObject
    purpose: str
    status: OpenAIFileStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_shape: str = self.field_shape

        bytes = self.bytes

        created_at = self.created_at

        filename = self.filename

        id = self.id

        object: str = self.object

        purpose = self.purpose

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_shape": field_shape,
                "bytes": bytes,
                "created_at": created_at,
                "filename": filename,
                "id": id,
                "object": object,
                "purpose": purpose,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_shape = check_open_ai_file_shape(d.pop("_shape"))

        bytes = d.pop("bytes")

        created_at = d.pop("created_at")

        filename = d.pop("filename")

        id = d.pop("id")

        object = check_open_ai_file_object(d.pop("object"))

        purpose = d.pop("purpose")

        status = check_open_ai_file_status(d.pop("status"))

        open_ai_file = cls(
            field_shape=field_shape,
            bytes=bytes,
            created_at=created_at,
            filename=filename,
            id=id,
            object=object,
            purpose=purpose,
            status=status,
        )

        open_ai_file.additional_properties = d
        return open_ai_file

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
