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
        input_modalities (list[str]):
        modality (None | str):
        output_modalities (list[str]):
        instruct_type (None | str | Unset):
        tokenizer (str | Unset): Open enum (the API adds values): known values `Router`, `Media`, `Other`, `GPT`,
            `Claude`, `Gemini`, `Gemma`, `Grok`, `Cohere`, `Nova`, `Qwen`, `Yi`, `DeepSeek`, `Mistral`, `Llama2`, `Llama3`,
            `Llama4`, `PaLM`, `RWKV`, `Qwen3`.
    """

    input_modalities: list[str]
    modality: None | str
    output_modalities: list[str]
    instruct_type: None | str | Unset = UNSET
    tokenizer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_modalities = self.input_modalities

        modality: None | str
        modality = self.modality

        output_modalities = self.output_modalities

        instruct_type: None | str | Unset
        if isinstance(self.instruct_type, Unset):
            instruct_type = UNSET
        else:
            instruct_type = self.instruct_type

        tokenizer = self.tokenizer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_modalities": input_modalities,
                "modality": modality,
                "output_modalities": output_modalities,
            }
        )
        if instruct_type is not UNSET:
            field_dict["instruct_type"] = instruct_type
        if tokenizer is not UNSET:
            field_dict["tokenizer"] = tokenizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_modalities = cast(list[str], d.pop("input_modalities"))

        modality: None | str = d.pop("modality")

        output_modalities = cast(list[str], d.pop("output_modalities"))

        instruct_type: None | str | Unset = d.pop("instruct_type", UNSET)

        tokenizer = d.pop("tokenizer", UNSET)

        model_architecture = cls(
            input_modalities=input_modalities,
            modality=modality,
            output_modalities=output_modalities,
            instruct_type=instruct_type,
            tokenizer=tokenizer,
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
