from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="ImageModelArchitecture")


@_attrs_define
class ImageModelArchitecture(APIModel):
    """
    Attributes:
        input_modalities (list[str]):
        output_modalities (list[str]):
    """

    input_modalities: list[str]
    output_modalities: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_modalities = self.input_modalities

        output_modalities = self.output_modalities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_modalities": input_modalities,
                "output_modalities": output_modalities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_modalities = cast(list[str], d.pop("input_modalities"))

        output_modalities = cast(list[str], d.pop("output_modalities"))

        image_model_architecture = cls(
            input_modalities=input_modalities,
            output_modalities=output_modalities,
        )

        image_model_architecture.additional_properties = d
        return image_model_architecture

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
