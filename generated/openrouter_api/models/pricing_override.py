from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="PricingOverride")


@_attrs_define
class PricingOverride(APIModel):
    """
    Attributes:
        audio (str | Unset):
        completion (str | Unset):
        input_audio_cache (str | Unset):
        input_cache_read (str | Unset):
        input_cache_write (str | Unset):
        input_cache_write_1h (str | Unset):
        min_prompt_tokens (float | Unset):
        prompt (str | Unset):
        utc_end (float | Unset):
        utc_start (float | Unset):
    """

    audio: str | Unset = UNSET
    completion: str | Unset = UNSET
    input_audio_cache: str | Unset = UNSET
    input_cache_read: str | Unset = UNSET
    input_cache_write: str | Unset = UNSET
    input_cache_write_1h: str | Unset = UNSET
    min_prompt_tokens: float | Unset = UNSET
    prompt: str | Unset = UNSET
    utc_end: float | Unset = UNSET
    utc_start: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio

        completion = self.completion

        input_audio_cache = self.input_audio_cache

        input_cache_read = self.input_cache_read

        input_cache_write = self.input_cache_write

        input_cache_write_1h = self.input_cache_write_1h

        min_prompt_tokens = self.min_prompt_tokens

        prompt = self.prompt

        utc_end = self.utc_end

        utc_start = self.utc_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio is not UNSET:
            field_dict["audio"] = audio
        if completion is not UNSET:
            field_dict["completion"] = completion
        if input_audio_cache is not UNSET:
            field_dict["input_audio_cache"] = input_audio_cache
        if input_cache_read is not UNSET:
            field_dict["input_cache_read"] = input_cache_read
        if input_cache_write is not UNSET:
            field_dict["input_cache_write"] = input_cache_write
        if input_cache_write_1h is not UNSET:
            field_dict["input_cache_write_1h"] = input_cache_write_1h
        if min_prompt_tokens is not UNSET:
            field_dict["min_prompt_tokens"] = min_prompt_tokens
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if utc_end is not UNSET:
            field_dict["utc_end"] = utc_end
        if utc_start is not UNSET:
            field_dict["utc_start"] = utc_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = d.pop("audio", UNSET)

        completion = d.pop("completion", UNSET)

        input_audio_cache = d.pop("input_audio_cache", UNSET)

        input_cache_read = d.pop("input_cache_read", UNSET)

        input_cache_write = d.pop("input_cache_write", UNSET)

        input_cache_write_1h = d.pop("input_cache_write_1h", UNSET)

        min_prompt_tokens = d.pop("min_prompt_tokens", UNSET)

        prompt = d.pop("prompt", UNSET)

        utc_end = d.pop("utc_end", UNSET)

        utc_start = d.pop("utc_start", UNSET)

        pricing_override = cls(
            audio=audio,
            completion=completion,
            input_audio_cache=input_audio_cache,
            input_cache_read=input_cache_read,
            input_cache_write=input_cache_write,
            input_cache_write_1h=input_cache_write_1h,
            min_prompt_tokens=min_prompt_tokens,
            prompt=prompt,
            utc_end=utc_end,
            utc_start=utc_start,
        )

        pricing_override.additional_properties = d
        return pricing_override

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
