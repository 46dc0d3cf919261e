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
    from ..models.pricing_overrides_item import PricingOverridesItem

_LAZY_IMPORTS = (("..models.pricing_overrides_item", "PricingOverridesItem"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="Pricing")


@_attrs_define
class Pricing(APIModel):
    """Prices as decimal strings in USD per unit (per token for prompt/completion).

    Attributes:
        prompt (str):
        completion (str):
        request (str | Unset):
        image (str | Unset):
        image_token (str | Unset):
        image_output (str | Unset):
        audio (str | Unset):
        audio_output (str | Unset):
        input_audio_cache (str | Unset):
        web_search (str | Unset):
        internal_reasoning (str | Unset):
        input_cache_read (str | Unset):
        input_cache_write (str | Unset):
        input_cache_write_1h (str | Unset):
        discount (float | Unset):
        overrides (list[PricingOverridesItem] | Unset):
    """

    prompt: str
    completion: str
    request: str | Unset = UNSET
    image: str | Unset = UNSET
    image_token: str | Unset = UNSET
    image_output: str | Unset = UNSET
    audio: str | Unset = UNSET
    audio_output: str | Unset = UNSET
    input_audio_cache: str | Unset = UNSET
    web_search: str | Unset = UNSET
    internal_reasoning: str | Unset = UNSET
    input_cache_read: str | Unset = UNSET
    input_cache_write: str | Unset = UNSET
    input_cache_write_1h: str | Unset = UNSET
    discount: float | Unset = UNSET
    overrides: list[PricingOverridesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        prompt = self.prompt

        completion = self.completion

        request = self.request

        image = self.image

        image_token = self.image_token

        image_output = self.image_output

        audio = self.audio

        audio_output = self.audio_output

        input_audio_cache = self.input_audio_cache

        web_search = self.web_search

        internal_reasoning = self.internal_reasoning

        input_cache_read = self.input_cache_read

        input_cache_write = self.input_cache_write

        input_cache_write_1h = self.input_cache_write_1h

        discount = self.discount

        overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overrides, Unset):
            overrides = []
            for overrides_item_data in self.overrides:
                overrides_item = overrides_item_data.to_dict()
                overrides.append(overrides_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "completion": completion,
            }
        )
        if request is not UNSET:
            field_dict["request"] = request
        if image is not UNSET:
            field_dict["image"] = image
        if image_token is not UNSET:
            field_dict["image_token"] = image_token
        if image_output is not UNSET:
            field_dict["image_output"] = image_output
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_output is not UNSET:
            field_dict["audio_output"] = audio_output
        if input_audio_cache is not UNSET:
            field_dict["input_audio_cache"] = input_audio_cache
        if web_search is not UNSET:
            field_dict["web_search"] = web_search
        if internal_reasoning is not UNSET:
            field_dict["internal_reasoning"] = internal_reasoning
        if input_cache_read is not UNSET:
            field_dict["input_cache_read"] = input_cache_read
        if input_cache_write is not UNSET:
            field_dict["input_cache_write"] = input_cache_write
        if input_cache_write_1h is not UNSET:
            field_dict["input_cache_write_1h"] = input_cache_write_1h
        if discount is not UNSET:
            field_dict["discount"] = discount
        if overrides is not UNSET:
            field_dict["overrides"] = overrides

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        prompt = d.pop("prompt")

        completion = d.pop("completion")

        request = d.pop("request", UNSET)

        image = d.pop("image", UNSET)

        image_token = d.pop("image_token", UNSET)

        image_output = d.pop("image_output", UNSET)

        audio = d.pop("audio", UNSET)

        audio_output = d.pop("audio_output", UNSET)

        input_audio_cache = d.pop("input_audio_cache", UNSET)

        web_search = d.pop("web_search", UNSET)

        internal_reasoning = d.pop("internal_reasoning", UNSET)

        input_cache_read = d.pop("input_cache_read", UNSET)

        input_cache_write = d.pop("input_cache_write", UNSET)

        input_cache_write_1h = d.pop("input_cache_write_1h", UNSET)

        discount = d.pop("discount", UNSET)

        _overrides = d.pop("overrides", UNSET)
        overrides: list[PricingOverridesItem] | Unset = UNSET
        if _overrides is not UNSET:
            overrides = []
            for overrides_item_data in _overrides:
                overrides_item = PricingOverridesItem.from_dict(overrides_item_data)

                overrides.append(overrides_item)

        pricing = cls(
            prompt=prompt,
            completion=completion,
            request=request,
            image=image,
            image_token=image_token,
            image_output=image_output,
            audio=audio,
            audio_output=audio_output,
            input_audio_cache=input_audio_cache,
            web_search=web_search,
            internal_reasoning=internal_reasoning,
            input_cache_read=input_cache_read,
            input_cache_write=input_cache_write,
            input_cache_write_1h=input_cache_write_1h,
            discount=discount,
            overrides=overrides,
        )

        pricing.additional_properties = d
        return pricing

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
