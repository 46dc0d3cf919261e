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

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.percentile_stats import PercentileStats
    from ..models.pricing import Pricing

_LAZY_IMPORTS = (
    ("..models.percentile_stats", "PercentileStats"),
    ("..models.pricing", "Pricing"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="PublicEndpoint")


@_attrs_define
class PublicEndpoint(APIModel):
    """
    Attributes:
        name (str):
        model_id (str):
        model_name (str):
        context_length (int):
        pricing (Pricing): Prices as decimal strings in USD per unit (per token for prompt/completion).
        provider_name (str): Provider display name (open set).
        tag (str):
        quantization (None | str):
        max_completion_tokens (int | None):
        max_prompt_tokens (int | None):
        supported_parameters (list[str]):
        uptime_last_5m (float | None):
        uptime_last_30m (float | None):
        uptime_last_1d (float | None):
        supports_implicit_caching (bool):
        latency_last_30m (None | PercentileStats):
        throughput_last_30m (None | PercentileStats):
        status (int | Unset): 0, -1, -2, -3, -5, -10.
        supports_voice_cloning (bool | Unset):
    """

    name: str
    model_id: str
    model_name: str
    context_length: int
    pricing: Pricing
    provider_name: str
    tag: str
    quantization: None | str
    max_completion_tokens: int | None
    max_prompt_tokens: int | None
    supported_parameters: list[str]
    uptime_last_5m: float | None
    uptime_last_30m: float | None
    uptime_last_1d: float | None
    supports_implicit_caching: bool
    latency_last_30m: None | PercentileStats
    throughput_last_30m: None | PercentileStats
    status: int | Unset = UNSET
    supports_voice_cloning: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        model_id = self.model_id

        model_name = self.model_name

        context_length = self.context_length

        pricing = self.pricing.to_dict()

        provider_name = self.provider_name

        tag = self.tag

        quantization: None | str
        quantization = self.quantization

        max_completion_tokens: int | None
        max_completion_tokens = self.max_completion_tokens

        max_prompt_tokens: int | None
        max_prompt_tokens = self.max_prompt_tokens

        supported_parameters = self.supported_parameters

        uptime_last_5m: float | None
        uptime_last_5m = self.uptime_last_5m

        uptime_last_30m: float | None
        uptime_last_30m = self.uptime_last_30m

        uptime_last_1d: float | None
        uptime_last_1d = self.uptime_last_1d

        supports_implicit_caching = self.supports_implicit_caching

        latency_last_30m: dict[str, Any] | None
        if isinstance(self.latency_last_30m, PercentileStats):
            latency_last_30m = self.latency_last_30m.to_dict()
        else:
            latency_last_30m = self.latency_last_30m

        throughput_last_30m: dict[str, Any] | None
        if isinstance(self.throughput_last_30m, PercentileStats):
            throughput_last_30m = self.throughput_last_30m.to_dict()
        else:
            throughput_last_30m = self.throughput_last_30m

        status = self.status

        supports_voice_cloning = self.supports_voice_cloning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "model_id": model_id,
                "model_name": model_name,
                "context_length": context_length,
                "pricing": pricing,
                "provider_name": provider_name,
                "tag": tag,
                "quantization": quantization,
                "max_completion_tokens": max_completion_tokens,
                "max_prompt_tokens": max_prompt_tokens,
                "supported_parameters": supported_parameters,
                "uptime_last_5m": uptime_last_5m,
                "uptime_last_30m": uptime_last_30m,
                "uptime_last_1d": uptime_last_1d,
                "supports_implicit_caching": supports_implicit_caching,
                "latency_last_30m": latency_last_30m,
                "throughput_last_30m": throughput_last_30m,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if supports_voice_cloning is not UNSET:
            field_dict["supports_voice_cloning"] = supports_voice_cloning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        model_id = d.pop("model_id")

        model_name = d.pop("model_name")

        context_length = d.pop("context_length")

        pricing = Pricing.from_dict(d.pop("pricing"))

        provider_name = d.pop("provider_name")

        tag = d.pop("tag")

        quantization: None | str = d.pop("quantization")

        max_completion_tokens: int | None = d.pop("max_completion_tokens")

        max_prompt_tokens: int | None = d.pop("max_prompt_tokens")

        supported_parameters = cast(list[str], d.pop("supported_parameters"))

        uptime_last_5m: float | None = d.pop("uptime_last_5m")

        uptime_last_30m: float | None = d.pop("uptime_last_30m")

        uptime_last_1d: float | None = d.pop("uptime_last_1d")

        supports_implicit_caching = d.pop("supports_implicit_caching")

        def _parse_latency_last_30m(data: object) -> None | PercentileStats:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latency_last_30m_type_0 = PercentileStats.from_dict(data)

                return latency_last_30m_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PercentileStats, data)

        latency_last_30m = _parse_latency_last_30m(d.pop("latency_last_30m"))

        def _parse_throughput_last_30m(data: object) -> None | PercentileStats:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                throughput_last_30m_type_0 = PercentileStats.from_dict(data)

                return throughput_last_30m_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PercentileStats, data)

        throughput_last_30m = _parse_throughput_last_30m(d.pop("throughput_last_30m"))

        status = d.pop("status", UNSET)

        supports_voice_cloning = d.pop("supports_voice_cloning", UNSET)

        public_endpoint = cls(
            name=name,
            model_id=model_id,
            model_name=model_name,
            context_length=context_length,
            pricing=pricing,
            provider_name=provider_name,
            tag=tag,
            quantization=quantization,
            max_completion_tokens=max_completion_tokens,
            max_prompt_tokens=max_prompt_tokens,
            supported_parameters=supported_parameters,
            uptime_last_5m=uptime_last_5m,
            uptime_last_30m=uptime_last_30m,
            uptime_last_1d=uptime_last_1d,
            supports_implicit_caching=supports_implicit_caching,
            latency_last_30m=latency_last_30m,
            throughput_last_30m=throughput_last_30m,
            status=status,
            supports_voice_cloning=supports_voice_cloning,
        )

        public_endpoint.additional_properties = d
        return public_endpoint

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
