from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.context_compaction_item_type import (
    ContextCompactionItemType,
    check_context_compaction_item_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ContextCompactionItem")


@_attrs_define
class ContextCompactionItem(APIModel):
    """
    Attributes:
        type (ContextCompactionItemType):
        encrypted_content (None | str | Unset):
        id (None | str | Unset):
    """

    type: ContextCompactionItemType
    encrypted_content: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type: str = self.type

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_context_compaction_item_type(d.pop("type"))

        encrypted_content: None | str | Unset = d.pop("encrypted_content", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        context_compaction_item = cls(
            type=type,
            encrypted_content=encrypted_content,
            id=id,
        )

        context_compaction_item.additional_properties = d
        return context_compaction_item

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
