from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_text_chunk_event_type import (
    ImageGenTextChunkEventType,
    check_image_gen_text_chunk_event_type,
)
from ..types import APIModel

T = TypeVar("T", bound="ImageGenTextChunkEvent")


@_attrs_define
class ImageGenTextChunkEvent(APIModel):
    """
    Attributes:
        phase (str): Open enum (the API adds values): known values `content`, `reasoning`, `draft`.
        text (str):
        type (ImageGenTextChunkEventType):
    """

    phase: str
    text: str
    type: ImageGenTextChunkEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase = self.phase

        text = self.text

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phase": phase,
                "text": text,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phase = d.pop("phase")

        text = d.pop("text")

        type = check_image_gen_text_chunk_event_type(d.pop("type"))

        image_gen_text_chunk_event = cls(
            phase=phase,
            text=text,
            type=type,
        )

        image_gen_text_chunk_event.additional_properties = d
        return image_gen_text_chunk_event

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
