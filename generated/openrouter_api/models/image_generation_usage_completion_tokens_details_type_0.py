from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ImageGenerationUsageCompletionTokensDetailsType0")


@_attrs_define
class ImageGenerationUsageCompletionTokensDetailsType0(APIModel):
    """
    Attributes:
        audio_tokens (int | None | Unset):
        image_tokens (int | None | Unset):
        reasoning_tokens (int | None | Unset):
    """

    audio_tokens: int | None | Unset = UNSET
    image_tokens: int | None | Unset = UNSET
    reasoning_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_tokens: int | None | Unset
        if isinstance(self.audio_tokens, Unset):
            audio_tokens = UNSET
        else:
            audio_tokens = self.audio_tokens

        image_tokens: int | None | Unset
        if isinstance(self.image_tokens, Unset):
            image_tokens = UNSET
        else:
            image_tokens = self.image_tokens

        reasoning_tokens: int | None | Unset
        if isinstance(self.reasoning_tokens, Unset):
            reasoning_tokens = UNSET
        else:
            reasoning_tokens = self.reasoning_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_tokens: int | None | Unset = d.pop("audio_tokens", UNSET)

        image_tokens: int | None | Unset = d.pop("image_tokens", UNSET)

        reasoning_tokens: int | None | Unset = d.pop("reasoning_tokens", UNSET)

        image_generation_usage_completion_tokens_details_type_0 = cls(
            audio_tokens=audio_tokens,
            image_tokens=image_tokens,
            reasoning_tokens=reasoning_tokens,
        )

        image_generation_usage_completion_tokens_details_type_0.additional_properties = d
        return image_generation_usage_completion_tokens_details_type_0

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
