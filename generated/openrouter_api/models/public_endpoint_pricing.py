from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.pricing_override import PricingOverride

_LAZY_IMPORTS = (("..models.pricing_override", "PricingOverride"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="PublicEndpointPricing")


@_attrs_define
class PublicEndpointPricing(APIModel):
    """
    Attributes:
        completion (str):
        prompt (str):
        audio (str | Unset):
        audio_output (str | Unset):
        discount (float | Unset):
        image (str | Unset):
        image_output (str | Unset):
        image_token (str | Unset):
        input_audio_cache (str | Unset):
        input_cache_read (str | Unset):
        input_cache_write (str | Unset):
        input_cache_write_1h (str | Unset):
        internal_reasoning (str | Unset):
        overrides (list[PricingOverride] | Unset):
        request (str | Unset):
        web_search (str | Unset):
    """

    completion: str
    prompt: str
    audio: str | Unset = UNSET
    audio_output: str | Unset = UNSET
    discount: float | Unset = UNSET
    image: str | Unset = UNSET
    image_output: str | Unset = UNSET
    image_token: str | Unset = UNSET
    input_audio_cache: str | Unset = UNSET
    input_cache_read: str | Unset = UNSET
    input_cache_write: str | Unset = UNSET
    input_cache_write_1h: str | Unset = UNSET
    internal_reasoning: str | Unset = UNSET
    overrides: list[PricingOverride] | Unset = UNSET
    request: str | Unset = UNSET
    web_search: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        completion = self.completion

        prompt = self.prompt

        audio = self.audio

        audio_output = self.audio_output

        discount = self.discount

        image = self.image

        image_output = self.image_output

        image_token = self.image_token

        input_audio_cache = self.input_audio_cache

        input_cache_read = self.input_cache_read

        input_cache_write = self.input_cache_write

        input_cache_write_1h = self.input_cache_write_1h

        internal_reasoning = self.internal_reasoning

        overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = []
            for overrides_item_data in self.overrides:
                overrides_item = overrides_item_data.to_dict()
                overrides.append(overrides_item)

        request = self.request

        web_search = self.web_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion": completion,
                "prompt": prompt,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_output is not UNSET:
            field_dict["audio_output"] = audio_output
        if discount is not UNSET:
            field_dict["discount"] = discount
        if image is not UNSET:
            field_dict["image"] = image
        if image_output is not UNSET:
            field_dict["image_output"] = image_output
        if image_token is not UNSET:
            field_dict["image_token"] = image_token
        if input_audio_cache is not UNSET:
            field_dict["input_audio_cache"] = input_audio_cache
        if input_cache_read is not UNSET:
            field_dict["input_cache_read"] = input_cache_read
        if input_cache_write is not UNSET:
            field_dict["input_cache_write"] = input_cache_write
        if input_cache_write_1h is not UNSET:
            field_dict["input_cache_write_1h"] = input_cache_write_1h
        if internal_reasoning is not UNSET:
            field_dict["internal_reasoning"] = internal_reasoning
        if overrides is not UNSET:
            field_dict["overrides"] = overrides
        if request is not UNSET:
            field_dict["request"] = request
        if web_search is not UNSET:
            field_dict["web_search"] = web_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        completion = d.pop("completion")

        prompt = d.pop("prompt")

        audio = d.pop("audio", UNSET)

        audio_output = d.pop("audio_output", UNSET)

        discount = d.pop("discount", UNSET)

        image = d.pop("image", UNSET)

        image_output = d.pop("image_output", UNSET)

        image_token = d.pop("image_token", UNSET)

        input_audio_cache = d.pop("input_audio_cache", UNSET)

        input_cache_read = d.pop("input_cache_read", UNSET)

        input_cache_write = d.pop("input_cache_write", UNSET)

        input_cache_write_1h = d.pop("input_cache_write_1h", UNSET)

        internal_reasoning = d.pop("internal_reasoning", UNSET)

        _overrides = d.pop("overrides", UNSET)
        overrides: list[PricingOverride] | Unset = UNSET
        if _overrides is not UNSET:
            overrides = []
            for overrides_item_data in _overrides:
                overrides_item = PricingOverride.from_dict(overrides_item_data)

                overrides.append(overrides_item)

        request = d.pop("request", UNSET)

        web_search = d.pop("web_search", UNSET)

        public_endpoint_pricing = cls(
            completion=completion,
            prompt=prompt,
            audio=audio,
            audio_output=audio_output,
            discount=discount,
            image=image,
            image_output=image_output,
            image_token=image_token,
            input_audio_cache=input_audio_cache,
            input_cache_read=input_cache_read,
            input_cache_write=input_cache_write,
            input_cache_write_1h=input_cache_write_1h,
            internal_reasoning=internal_reasoning,
            overrides=overrides,
            request=request,
            web_search=web_search,
        )

        public_endpoint_pricing.additional_properties = d
        return public_endpoint_pricing

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
