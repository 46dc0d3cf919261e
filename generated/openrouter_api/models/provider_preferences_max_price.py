from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ProviderPreferencesMaxPrice")


@_attrs_define
class ProviderPreferencesMaxPrice(APIModel):
    """
    Attributes:
        audio (float | str | Unset):
        completion (float | str | Unset):
        image (float | str | Unset):
        prompt (float | str | Unset):
        request (float | str | Unset):
    """

    audio: float | str | Unset = UNSET
    completion: float | str | Unset = UNSET
    image: float | str | Unset = UNSET
    prompt: float | str | Unset = UNSET
    request: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio: float | str | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        else:
            audio = self.audio

        completion: float | str | Unset
        if isinstance(self.completion, Unset):
            completion = UNSET
        else:
            completion = self.completion

        image: float | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        prompt: float | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        request: float | str | Unset
        if isinstance(self.request, Unset):
            request = UNSET
        else:
            request = self.request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio is not UNSET:
            field_dict["audio"] = audio
        if completion is not UNSET:
            field_dict["completion"] = completion
        if image is not UNSET:
            field_dict["image"] = image
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if request is not UNSET:
            field_dict["request"] = request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio: float | str | Unset = d.pop("audio", UNSET)

        completion: float | str | Unset = d.pop("completion", UNSET)

        image: float | str | Unset = d.pop("image", UNSET)

        prompt: float | str | Unset = d.pop("prompt", UNSET)

        request: float | str | Unset = d.pop("request", UNSET)

        provider_preferences_max_price = cls(
            audio=audio,
            completion=completion,
            image=image,
            prompt=prompt,
            request=request,
        )

        provider_preferences_max_price.additional_properties = d
        return provider_preferences_max_price

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
