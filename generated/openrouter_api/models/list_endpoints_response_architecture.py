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

T = TypeVar("T", bound="ListEndpointsResponseArchitecture")


@_attrs_define
class ListEndpointsResponseArchitecture(APIModel):
    """
    Attributes:
        input_modalities (list[str]):
        instruct_type (None | str):
        modality (None | str):
        output_modalities (list[str]):
        tokenizer (None | str):
    """

    input_modalities: list[str]
    instruct_type: None | str
    modality: None | str
    output_modalities: list[str]
    tokenizer: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_modalities = self.input_modalities

        instruct_type: None | str
        instruct_type = self.instruct_type

        modality: None | str
        modality = self.modality

        output_modalities = self.output_modalities

        tokenizer: None | str
        tokenizer = self.tokenizer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_modalities": input_modalities,
                "instruct_type": instruct_type,
                "modality": modality,
                "output_modalities": output_modalities,
                "tokenizer": tokenizer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_modalities = cast(list[str], d.pop("input_modalities"))

        instruct_type: None | str = d.pop("instruct_type")

        modality: None | str = d.pop("modality")

        output_modalities = cast(list[str], d.pop("output_modalities"))

        tokenizer: None | str = d.pop("tokenizer")

        list_endpoints_response_architecture = cls(
            input_modalities=input_modalities,
            instruct_type=instruct_type,
            modality=modality,
            output_modalities=output_modalities,
            tokenizer=tokenizer,
        )

        list_endpoints_response_architecture.additional_properties = d
        return list_endpoints_response_architecture

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
