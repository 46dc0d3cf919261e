from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_partial_image_event_type import (
    ImageGenPartialImageEventType,
    check_image_gen_partial_image_event_type,
)
from ..types import APIModel

T = TypeVar("T", bound="ImageGenPartialImageEvent")


@_attrs_define
class ImageGenPartialImageEvent(APIModel):
    """
    Attributes:
        b64_json (str):
        partial_image_index (int):
        type (ImageGenPartialImageEventType):
    """

    b64_json: str
    partial_image_index: int
    type: ImageGenPartialImageEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        b64_json = self.b64_json

        partial_image_index = self.partial_image_index

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "b64_json": b64_json,
                "partial_image_index": partial_image_index,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        b64_json = d.pop("b64_json")

        partial_image_index = d.pop("partial_image_index")

        type = check_image_gen_partial_image_event_type(d.pop("type"))

        image_gen_partial_image_event = cls(
            b64_json=b64_json,
            partial_image_index=partial_image_index,
            type=type,
        )

        image_gen_partial_image_event.additional_properties = d
        return image_gen_partial_image_event

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
