from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.image_pricing_entry import ImagePricingEntry
    from ..models.supported_parameters import SupportedParameters

_LAZY_IMPORTS = (
    ("..models.image_pricing_entry", "ImagePricingEntry"),
    ("..models.supported_parameters", "SupportedParameters"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ImageEndpoint")


@_attrs_define
class ImageEndpoint(APIModel):
    """
    Attributes:
        allowed_passthrough_parameters (list[str]):
        pricing (list[ImagePricingEntry]):
        provider_name (str):
        provider_slug (str):
        provider_tag (None | str):
        supported_parameters (SupportedParameters):
        supports_streaming (bool):
    """

    allowed_passthrough_parameters: list[str]
    pricing: list[ImagePricingEntry]
    provider_name: str
    provider_slug: str
    provider_tag: None | str
    supported_parameters: SupportedParameters
    supports_streaming: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        allowed_passthrough_parameters = self.allowed_passthrough_parameters

        pricing = []
        for pricing_item_data in self.pricing:
            pricing_item = pricing_item_data.to_dict()
            pricing.append(pricing_item)

        provider_name = self.provider_name

        provider_slug = self.provider_slug

        provider_tag: None | str
        provider_tag = self.provider_tag

        supported_parameters = self.supported_parameters.to_dict()

        supports_streaming = self.supports_streaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_passthrough_parameters": allowed_passthrough_parameters,
                "pricing": pricing,
                "provider_name": provider_name,
                "provider_slug": provider_slug,
                "provider_tag": provider_tag,
                "supported_parameters": supported_parameters,
                "supports_streaming": supports_streaming,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        allowed_passthrough_parameters = cast(
            list[str], d.pop("allowed_passthrough_parameters")
        )

        pricing = []
        _pricing = d.pop("pricing")
        for pricing_item_data in _pricing:
            pricing_item = ImagePricingEntry.from_dict(pricing_item_data)

            pricing.append(pricing_item)

        provider_name = d.pop("provider_name")

        provider_slug = d.pop("provider_slug")

        provider_tag: None | str = d.pop("provider_tag")

        supported_parameters = SupportedParameters.from_dict(
            d.pop("supported_parameters")
        )

        supports_streaming = d.pop("supports_streaming")

        image_endpoint = cls(
            allowed_passthrough_parameters=allowed_passthrough_parameters,
            pricing=pricing,
            provider_name=provider_name,
            provider_slug=provider_slug,
            provider_tag=provider_tag,
            supported_parameters=supported_parameters,
            supports_streaming=supports_streaming,
        )

        image_endpoint.additional_properties = d
        return image_endpoint

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
