from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ChatUsagePromptTokensDetailsType0")


@_attrs_define
class ChatUsagePromptTokensDetailsType0(APIModel):
    """
    Attributes:
        audio_tokens (int | Unset):
        cache_write_tokens (int | Unset):
        cached_tokens (int | Unset):
        video_tokens (int | Unset):
    """

    audio_tokens: int | Unset = UNSET
    cache_write_tokens: int | Unset = UNSET
    cached_tokens: int | Unset = UNSET
    video_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_tokens = self.audio_tokens

        cache_write_tokens = self.cache_write_tokens

        cached_tokens = self.cached_tokens

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
        if video_tokens is not UNSET:
            field_dict["video_tokens"] = video_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio_tokens = d.pop("audio_tokens", UNSET)

        cache_write_tokens = d.pop("cache_write_tokens", UNSET)

        cached_tokens = d.pop("cached_tokens", UNSET)

        video_tokens = d.pop("video_tokens", UNSET)

        chat_usage_prompt_tokens_details_type_0 = cls(
            audio_tokens=audio_tokens,
            cache_write_tokens=cache_write_tokens,
            cached_tokens=cached_tokens,
            video_tokens=video_tokens,
        )

        chat_usage_prompt_tokens_details_type_0.additional_properties = d
        return chat_usage_prompt_tokens_details_type_0

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
