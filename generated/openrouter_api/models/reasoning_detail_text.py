from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_detail_text_type import (
    ReasoningDetailTextType,
    check_reasoning_detail_text_type,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ReasoningDetailText")


@_attrs_define
class ReasoningDetailText(APIModel):
    """
    Attributes:
        type (ReasoningDetailTextType):
        format (None | str | Unset):
        id (None | str | Unset):
        index (int | Unset):
        signature (None | str | Unset):
        text (None | str | Unset):
    """

    type: ReasoningDetailTextType
    format: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    signature: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if format is not UNSET:
            field_dict["format"] = format
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if signature is not UNSET:
            field_dict["signature"] = signature
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = check_reasoning_detail_text_type(d.pop("type"))

        format: None | str | Unset = d.pop("format", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        index = d.pop("index", UNSET)

        signature: None | str | Unset = d.pop("signature", UNSET)

        text: None | str | Unset = d.pop("text", UNSET)

        reasoning_detail_text = cls(
            type=type,
            format=format,
            id=id,
            index=index,
            signature=signature,
            text=text,
        )

        reasoning_detail_text.additional_properties = d
        return reasoning_detail_text

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
