from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ImageGenerationUsagePromptTokensDetailsType0")


@_attrs_define
class ImageGenerationUsagePromptTokensDetailsType0(APIModel):
    """
    Attributes:
        audio_tokens (int | None | Unset):
        cache_write_tokens (int | None | Unset):
        cached_tokens (int | None | Unset):
        file_tokens (int | None | Unset):
        video_tokens (int | None | Unset):
    """

    audio_tokens: int | None | Unset = UNSET
    cache_write_tokens: int | None | Unset = UNSET
    cached_tokens: int | None | Unset = UNSET
    file_tokens: int | None | Unset = UNSET
    video_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_tokens: int | None | Unset
        if isinstance(self.audio_tokens, Unset):
            audio_tokens = UNSET
        else:
            audio_tokens = self.audio_tokens

        cache_write_tokens: int | None | Unset
        if isinstance(self.cache_write_tokens, Unset):
            cache_write_tokens = UNSET
        else:
            cache_write_tokens = self.cache_write_tokens

        cached_tokens: int | None | Unset
        if isinstance(self.cached_tokens, Unset):
            cached_tokens = UNSET
        else:
            cached_tokens = self.cached_tokens

        file_tokens: int | None | Unset
        if isinstance(self.file_tokens, Unset):
            file_tokens = UNSET
        else:
            file_tokens = self.file_tokens

        video_tokens: int | None | Unset
        if isinstance(self.video_tokens, Unset):
            video_tokens = UNSET
        else:
            video_tokens = self.video_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if cache_write_tokens is not UNSET:
            field_dict["cache_write_tokens"] = cache_write_tokens
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if file_tokens is not UNSET:
            field_dict["file_tokens"] = file_tokens
        if video_tokens is not UNSET:
            field_dict["video_tokens"] = video_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_tokens: int | None | Unset = d.pop("audio_tokens", UNSET)

        cache_write_tokens: int | None | Unset = d.pop("cache_write_tokens", UNSET)

        cached_tokens: int | None | Unset = d.pop("cached_tokens", UNSET)

        file_tokens: int | None | Unset = d.pop("file_tokens", UNSET)

        video_tokens: int | None | Unset = d.pop("video_tokens", UNSET)

        image_generation_usage_prompt_tokens_details_type_0 = cls(
            audio_tokens=audio_tokens,
            cache_write_tokens=cache_write_tokens,
            cached_tokens=cached_tokens,
            file_tokens=file_tokens,
            video_tokens=video_tokens,
        )

        image_generation_usage_prompt_tokens_details_type_0.additional_properties = d
        return image_generation_usage_prompt_tokens_details_type_0

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
