from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ModelArchitecture")


@_attrs_define
class ModelArchitecture(APIModel):
    """
    Attributes:
        modality (None | str): e.g. text->text.
        input_modalities (list[str]):
        output_modalities (list[str]):
        tokenizer (None | str | Unset):
        instruct_type (None | str | Unset):
    """

    modality: None | str
    input_modalities: list[str]
    output_modalities: list[str]
    tokenizer: None | str | Unset = UNSET
    instruct_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modality: None | str
        modality = self.modality

        input_modalities = self.input_modalities

        output_modalities = self.output_modalities

        tokenizer: None | str | Unset
        if isinstance(self.tokenizer, Unset):
            tokenizer = UNSET
        else:
            tokenizer = self.tokenizer

        instruct_type: None | str | Unset
        if isinstance(self.instruct_type, Unset):
            instruct_type = UNSET
        else:
            instruct_type = self.instruct_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modality": modality,
                "input_modalities": input_modalities,
                "output_modalities": output_modalities,
            }
        )
        if tokenizer is not UNSET:
            field_dict["tokenizer"] = tokenizer
        if instruct_type is not UNSET:
            field_dict["instruct_type"] = instruct_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        modality: None | str = d.pop("modality")

        input_modalities = cast(list[str], d.pop("input_modalities"))

        output_modalities = cast(list[str], d.pop("output_modalities"))

        tokenizer: None | str | Unset = d.pop("tokenizer", UNSET)

        instruct_type: None | str | Unset = d.pop("instruct_type", UNSET)

        model_architecture = cls(
            modality=modality,
            input_modalities=input_modalities,
            output_modalities=output_modalities,
            tokenizer=tokenizer,
            instruct_type=instruct_type,
        )

        model_architecture.additional_properties = d
        return model_architecture

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
