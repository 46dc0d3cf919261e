from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_embeddings_request_input_item_content_item_text_type import (
    CreateEmbeddingsRequestInputItemContentItemTextType,
    check_create_embeddings_request_input_item_content_item_text_type,
)
from ..types import APIModel

T = TypeVar("T", bound="CreateEmbeddingsRequestInputItemContentItemText")


@_attrs_define
class CreateEmbeddingsRequestInputItemContentItemText(APIModel):
    """
    Attributes:
        text (str):
        type (CreateEmbeddingsRequestInputItemContentItemTextType):
    """

    text: str
    type: CreateEmbeddingsRequestInputItemContentItemTextType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        type = check_create_embeddings_request_input_item_content_item_text_type(
            d.pop("type")
        )

        create_embeddings_request_input_item_content_item_text = cls(
            text=text,
            type=type,
        )

        create_embeddings_request_input_item_content_item_text.additional_properties = d
        return create_embeddings_request_input_item_content_item_text

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
