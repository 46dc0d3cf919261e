from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_detail_encrypted_type import (
    ReasoningDetailEncryptedType,
    check_reasoning_detail_encrypted_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ReasoningDetailEncrypted")


@_attrs_define
class ReasoningDetailEncrypted(APIModel):
    """
    Attributes:
        data (str):
        type (ReasoningDetailEncryptedType):
        format (None | str | Unset):
        id (None | str | Unset):
        index (int | Unset):
    """

    data: str
    type: ReasoningDetailEncryptedType
    format: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        type: str = self.type

        format: None | str | Unset
        if isinstance(self.format, Unset):
            format = UNSET
        else:
            format = self.format

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "type": type,
            }
        )
        if format is not UNSET:
            field_dict["format"] = format
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        type = check_reasoning_detail_encrypted_type(d.pop("type"))

        format: None | str | Unset = d.pop("format", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        index = d.pop("index", UNSET)

        reasoning_detail_encrypted = cls(
            data=data,
            type=type,
            format=format,
            id=id,
            index=index,
        )

        reasoning_detail_encrypted.additional_properties = d
        return reasoning_detail_encrypted

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
