from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compaction_item_type import CompactionItemType, check_compaction_item_type
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="CompactionItem")


@_attrs_define
class CompactionItem(APIModel):
    """
    Attributes:
        encrypted_content (str):
        type (CompactionItemType):
        id (None | str | Unset):
    """

    encrypted_content: str
    type: CompactionItemType
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_content = self.encrypted_content

        type: str = self.type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encrypted_content": encrypted_content,
                "type": type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_content = d.pop("encrypted_content")

        type = check_compaction_item_type(d.pop("type"))

        id: None | str | Unset = d.pop("id", UNSET)

        compaction_item = cls(
            encrypted_content=encrypted_content,
            type=type,
            id=id,
        )

        compaction_item.additional_properties = d
        return compaction_item

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
