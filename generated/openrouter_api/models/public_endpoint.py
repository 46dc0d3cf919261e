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
    from ..models.public_endpoint_pricing import PublicEndpointPricing

_LAZY_IMPORTS = (
    ("..models.percentile_stats", "PercentileStats"),
    ("..models.public_endpoint_pricing", "PublicEndpointPricing"),
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
        context_length (int):
        latency_last_30m (None | PercentileStats):
        max_completion_tokens (int | None):
        max_prompt_tokens (int | None):
        model_id (str):
        model_name (str):
        name (str):
        pricing (PublicEndpointPricing):
        provider_name (str): Open enum (the API adds values): known values `Modal`, `AkashML`, `AI21`, `AionLabs`,
            `Alibaba`, `Ambient`, `Baidu`, `Amazon Bedrock`, `Amazon Nova`, `Anthropic`, `Arcee AI`, `AtlasCloud`, `Avian`,
            `Azure`, `BaseTen`, `BytePlus`, `Black Forest Labs`, `Cerebras`, `Chutes`, `Cirrascale`, `Claude Platform on
            AWS`, `Clarifai`, `Cloudflare`, `Cohere`, `CoreWeave`, `Crucible`, `Crusoe`, `Darkbloom`, `Databricks`,
            `Decart`, `Deepgram`, `DeepInfra`, `DeepSeek`, `DekaLLM`, `DigitalOcean`, `Featherless`, `Fireworks`, `Fish
            Audio`, `Friendli`, `GMICloud`, `Google`, `Google AI Studio`, `Groq`, `HeyGen`, `Inception`, `Inceptron`,
            `InferenceNet`, `Ionstream`, `Infermatic`, `Io Net`, `Inferact vLLM`, `Inflection`, `Liquid`, `Makora`, `Mara`,
            `Mancer 2`, `Meta`, `Minimax`, `ModelRun`, `Mistral`, `Modular`, `Moonshot AI`, `Morph`, `VoyageAI by MongoDB`,
            `NCompass`, `Nebius`, `Nex AGI`, `NextBit`, `Novita`, `Nvidia`, `OpenAI`, `OpenInference`, `Parasail`,
            `Poolside`, `Perceptron`, `Perplexity`, `Phala`, `Recraft`, `Reka`, `Relace`, `Sail Research`, `Sakana AI`,
            `SambaNova`, `Seed`, `SiliconFlow`, `Sourceful`, `StepFun`, `Stealth`, `StreamLake`, `Switchpoint`, `Tencent`,
            `Tenstorrent`, `Thinking Machines`, `Together`, `Upstage`, `Venice`, `Wafer`, `WandB`, `Quiver`, `Krea`,
            `Runway`, `Xiaomi`, `xAI`, `Z.AI`, `FakeProvider`.
        quantization (None | str):
        supported_parameters (list[str]):
        supports_implicit_caching (bool):
        tag (str):
        throughput_last_30m (None | PercentileStats):
        uptime_last_1d (float | None):
        uptime_last_30m (float | None):
        uptime_last_5m (float | None):
        status (int | Unset): Open enum (the API adds values): known values `0`, `-1`, `-2`, `-3`, `-5`, `-10`.
        supports_voice_cloning (bool | Unset):  Default: False.
    """

    context_length: int
    latency_last_30m: None | PercentileStats
    max_completion_tokens: int | None
    max_prompt_tokens: int | None
    model_id: str
    model_name: str
    name: str
    pricing: PublicEndpointPricing
    provider_name: str
    quantization: None | str
    supported_parameters: list[str]
    supports_implicit_caching: bool
    tag: str
    throughput_last_30m: None | PercentileStats
    uptime_last_1d: float | None
    uptime_last_30m: float | None
    uptime_last_5m: float | None
    status: int | Unset = UNSET
    supports_voice_cloning: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        context_length = self.context_length

        latency_last_30m: dict[str, Any] | None
        if isinstance(self.latency_last_30m, PercentileStats):
            latency_last_30m = self.latency_last_30m.to_dict()
        else:
            latency_last_30m = self.latency_last_30m

        max_completion_tokens: int | None
        max_completion_tokens = self.max_completion_tokens

        max_prompt_tokens: int | None
        max_prompt_tokens = self.max_prompt_tokens

        model_id = self.model_id

        model_name = self.model_name

        name = self.name

        pricing = self.pricing.to_dict()

        provider_name = self.provider_name

        quantization: None | str
        quantization = self.quantization

        supported_parameters = self.supported_parameters

        supports_implicit_caching = self.supports_implicit_caching

        tag = self.tag

        throughput_last_30m: dict[str, Any] | None
        if isinstance(self.throughput_last_30m, PercentileStats):
            throughput_last_30m = self.throughput_last_30m.to_dict()
        else:
            throughput_last_30m = self.throughput_last_30m

        uptime_last_1d: float | None
        uptime_last_1d = self.uptime_last_1d

        uptime_last_30m: float | None
        uptime_last_30m = self.uptime_last_30m

        uptime_last_5m: float | None
        uptime_last_5m = self.uptime_last_5m

        status = self.status

        supports_voice_cloning = self.supports_voice_cloning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context_length": context_length,
                "latency_last_30m": latency_last_30m,
                "max_completion_tokens": max_completion_tokens,
                "max_prompt_tokens": max_prompt_tokens,
                "model_id": model_id,
                "model_name": model_name,
                "name": name,
                "pricing": pricing,
                "provider_name": provider_name,
                "quantization": quantization,
                "supported_parameters": supported_parameters,
                "supports_implicit_caching": supports_implicit_caching,
                "tag": tag,
                "throughput_last_30m": throughput_last_30m,
                "uptime_last_1d": uptime_last_1d,
                "uptime_last_30m": uptime_last_30m,
                "uptime_last_5m": uptime_last_5m,
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
        context_length = d.pop("context_length")

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

        max_completion_tokens: int | None = d.pop("max_completion_tokens")

        max_prompt_tokens: int | None = d.pop("max_prompt_tokens")

        model_id = d.pop("model_id")

        model_name = d.pop("model_name")

        name = d.pop("name")

        pricing = PublicEndpointPricing.from_dict(d.pop("pricing"))

        provider_name = d.pop("provider_name")

        quantization: None | str = d.pop("quantization")

        supported_parameters = cast(list[str], d.pop("supported_parameters"))

        supports_implicit_caching = d.pop("supports_implicit_caching")

        tag = d.pop("tag")

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

        uptime_last_1d: float | None = d.pop("uptime_last_1d")

        uptime_last_30m: float | None = d.pop("uptime_last_30m")

        uptime_last_5m: float | None = d.pop("uptime_last_5m")

        status = d.pop("status", UNSET)

        supports_voice_cloning = d.pop("supports_voice_cloning", UNSET)

        public_endpoint = cls(
            context_length=context_length,
            latency_last_30m=latency_last_30m,
            max_completion_tokens=max_completion_tokens,
            max_prompt_tokens=max_prompt_tokens,
            model_id=model_id,
            model_name=model_name,
            name=name,
            pricing=pricing,
            provider_name=provider_name,
            quantization=quantization,
            supported_parameters=supported_parameters,
            supports_implicit_caching=supports_implicit_caching,
            tag=tag,
            throughput_last_30m=throughput_last_30m,
            uptime_last_1d=uptime_last_1d,
            uptime_last_30m=uptime_last_30m,
            uptime_last_5m=uptime_last_5m,
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
