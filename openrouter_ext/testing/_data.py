"""Deterministic catalogue served by the mock: models, endpoints, providers.

Prices are USD per token as decimal strings, like the real `/models`; the mock computes every
cost from these strings, so a client can reproduce `usage.cost` exactly with `Decimal`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final

CATALOGUE_CREATED: Final = 1_735_689_600  # 2025-01-01T00:00:00Z: fixed, so bodies are stable

_CHAT_PARAMS: Final = (
    "temperature", "top_p", "max_tokens", "max_completion_tokens", "stop", "seed",
    "frequency_penalty", "presence_penalty", "response_format", "structured_outputs",
    "tools", "tool_choice", "parallel_tool_calls",
)  # fmt: skip
_REASONING_PARAMS: Final = ("reasoning", "include_reasoning", "reasoning_effort")


@dataclass(frozen=True)
class MockModel:
    """One model of the mock catalogue."""

    id: str
    name: str
    group: str  # ModelGroup (tokenizer family)
    prompt: str  # USD per prompt token
    completion: str  # USD per completion token
    context_length: int
    providers: tuple[str, ...]  # first one serves by default
    max_completion_tokens: int | None = 16_384
    request: str = "0"  # USD per request
    input_modalities: tuple[str, ...] = ("text",)
    output_modalities: tuple[str, ...] = ("text",)
    reasoning: bool = False
    reasoning_mandatory: bool = False
    instruct_type: str | None = None
    quantization: str | None = None
    description: str = ""
    extra_pricing: tuple[tuple[str, str], ...] = field(default=())

    @property
    def prompt_price(self) -> Decimal:
        return Decimal(self.prompt)

    @property
    def completion_price(self) -> Decimal:
        return Decimal(self.completion)

    @property
    def request_price(self) -> Decimal:
        return Decimal(self.request)

    @property
    def is_embedding(self) -> bool:
        return "embeddings" in self.output_modalities

    def supported_parameters(self) -> list[str]:
        if self.is_embedding:
            return []
        return list(_CHAT_PARAMS + (_REASONING_PARAMS if self.reasoning else ()))

    def pricing(self) -> dict[str, str]:
        prices = {"prompt": self.prompt, "completion": self.completion, "request": self.request}
        prices.update(dict(self.extra_pricing))
        return prices


MODELS: Final[tuple[MockModel, ...]] = (
    MockModel("openai/gpt-4o-mini", "OpenAI: GPT-4o-mini", "GPT", "0.00000015", "0.0000006",
              128_000, ("OpenAI", "Azure"), input_modalities=("text", "image", "file"),
              extra_pricing=(("input_cache_read", "0.000000075"),),
              description="Small, fast and cheap GPT-4o variant."),
    MockModel("openai/gpt-4o", "OpenAI: GPT-4o", "GPT", "0.0000025", "0.00001",
              128_000, ("OpenAI", "Azure"), input_modalities=("text", "image", "file"),
              extra_pricing=(("input_cache_read", "0.00000125"),),
              description="OpenAI's flagship multimodal model."),
    MockModel("anthropic/claude-sonnet-4.5", "Anthropic: Claude Sonnet 4.5", "Claude",
              "0.000003", "0.000015", 200_000, ("Anthropic", "Amazon Bedrock", "Google"),
              max_completion_tokens=64_000, input_modalities=("text", "image", "file"),
              reasoning=True, extra_pricing=(("input_cache_read", "0.0000003"),
                                             ("input_cache_write", "0.00000375")),
              description="Anthropic's balanced model with extended thinking."),
    MockModel("anthropic/claude-haiku-4.5", "Anthropic: Claude Haiku 4.5", "Claude",
              "0.000001", "0.000005", 200_000, ("Anthropic", "Amazon Bedrock"),
              max_completion_tokens=64_000, reasoning=True,
              description="Fast Claude model."),
    MockModel("google/gemini-2.0-flash-001", "Google: Gemini 2.0 Flash", "Gemini", "0.0000001",
              "0.0000004", 1_048_576, ("Google AI Studio", "Google"),
              max_completion_tokens=8_192, input_modalities=("text", "image", "file", "audio"),
              description="Google's fast multimodal model (the id OpenRouter's examples use)."),
    MockModel("anthropic/claude-3.5-sonnet", "Anthropic: Claude 3.5 Sonnet", "Claude",
              "0.000003", "0.000015", 200_000, ("Anthropic", "Amazon Bedrock", "Google"),
              max_completion_tokens=8_192, input_modalities=("text", "image", "file"),
              extra_pricing=(("input_cache_read", "0.0000003"),
                             ("input_cache_write", "0.00000375")),
              description="Anthropic's Claude 3.5 Sonnet (the id OpenRouter's examples use)."),
    MockModel("google/gemini-2.5-flash", "Google: Gemini 2.5 Flash", "Gemini", "0.0000003",
              "0.0000025", 1_048_576, ("Google AI Studio", "Google"),
              max_completion_tokens=65_535, input_modalities=("text", "image", "file", "audio"),
              reasoning=True, description="Google's workhorse model with thinking."),
    MockModel("meta-llama/llama-3.3-70b-instruct", "Meta: Llama 3.3 70B Instruct", "Llama3",
              "0.00000013", "0.0000004", 131_072, ("DeepInfra", "Together", "Groq"),
              instruct_type="llama3", quantization="fp8",
              description="Multilingual open-weights instruct model."),
    MockModel("meta-llama/llama-3.3-70b-instruct:free", "Meta: Llama 3.3 70B Instruct (free)",
              "Llama3", "0", "0", 131_072, ("Together",), instruct_type="llama3",
              quantization="fp8", description="Free variant (rate limited)."),
    MockModel("mistralai/mistral-small-3.2-24b-instruct", "Mistral: Mistral Small 3.2 24B",
              "Mistral", "0.00000005", "0.0000001", 131_072, ("Mistral", "DeepInfra"),
              instruct_type="mistral", quantization="bf16",
              description="Small open-weights Mistral model."),
    MockModel("deepseek/deepseek-r1", "DeepSeek: R1", "DeepSeek", "0.0000004", "0.000002",
              163_840, ("DeepSeek", "DeepInfra"), reasoning=True, reasoning_mandatory=True,
              instruct_type="deepseek-r1", quantization="fp8",
              description="Open reasoning model; reasoning cannot be disabled."),
    MockModel("perplexity/sonar", "Perplexity: Sonar", "Other", "0.000001", "0.000001",
              127_072, ("Perplexity",), request="0.005",
              extra_pricing=(("web_search", "0.005"),),
              description="Search-grounded model with a per-request price."),
    MockModel("openai/text-embedding-3-small", "OpenAI: Text Embedding 3 Small", "GPT",
              "0.00000002", "0", 8_192, ("OpenAI",), max_completion_tokens=None,
              output_modalities=("embeddings",), description="Embedding model, 1536 dims."),
)  # fmt: skip

MODELS_BY_ID: Final[dict[str, MockModel]] = {m.id: m for m in MODELS}
DEFAULT_CHAT_MODEL: Final = "openai/gpt-4o-mini"
EMBEDDING_MODEL: Final = "openai/text-embedding-3-small"
EMBEDDING_DIMENSIONS: Final = 1536

PROVIDERS: Final[tuple[tuple[str, str, str, tuple[str, ...]], ...]] = (
    ("OpenAI", "openai", "US", ("US",)),
    ("Azure", "azure", "US", ("US", "SE")),
    ("Anthropic", "anthropic", "US", ("US",)),
    ("Amazon Bedrock", "amazon-bedrock", "US", ("US", "DE")),
    ("Google", "google-vertex", "US", ("US", "BE")),
    ("Google AI Studio", "google-ai-studio", "US", ("US",)),
    ("DeepInfra", "deepinfra", "US", ("US",)),
    ("Together", "together", "US", ("US",)),
    ("Groq", "groq", "US", ("US",)),
    ("Mistral", "mistral", "FR", ("FR",)),
    ("DeepSeek", "deepseek", "CN", ("CN",)),
    ("Perplexity", "perplexity", "US", ("US",)),
)
PROVIDER_SLUGS: Final[dict[str, str]] = {name: slug for name, slug, _, _ in PROVIDERS}


def model_object(model: MockModel) -> dict[str, Any]:
    """Build the `/models` entry for `model` (a `Model` of the spec)."""
    author, _, slug = model.id.partition("/")
    obj: dict[str, Any] = {
        "id": model.id,
        "canonical_slug": model.id.split(":")[0] + "-20250101",
        "hugging_face_id": None,
        "name": model.name,
        "created": CATALOGUE_CREATED,
        "description": model.description,
        "context_length": model.context_length,
        "architecture": _architecture(model),
        "pricing": model.pricing(),
        "top_provider": {
            "context_length": model.context_length,
            "max_completion_tokens": model.max_completion_tokens,
            "is_moderated": author == "openai",
        },
        "per_request_limits": None,
        "supported_parameters": model.supported_parameters(),
        "default_parameters": None if model.is_embedding else {"temperature": None, "top_p": None},
        "supported_voices": None,
        "expiration_date": None,
        "knowledge_cutoff": "2024-10-01",
        "links": {"details": f"/api/v1/models/{author}/{slug.split(':')[0]}/endpoints"},
    }
    if model.reasoning:
        obj["reasoning"] = {"mandatory": model.reasoning_mandatory, "default_enabled": True}
    return obj


def _architecture(model: MockModel) -> dict[str, Any]:
    return {
        "modality": "+".join(model.input_modalities) + "->" + "+".join(model.output_modalities),
        "input_modalities": list(model.input_modalities),
        "output_modalities": list(model.output_modalities),
        "tokenizer": model.group,
        "instruct_type": model.instruct_type,
    }


def endpoints_object(model: MockModel) -> dict[str, Any]:
    """Build the `data` of `/models/{author}/{slug}/endpoints` for `model`."""
    endpoints: list[dict[str, Any]] = []
    for rank, provider in enumerate(model.providers):
        endpoints.append(
            {
                "name": f"{provider} | {model.id}",
                "model_id": model.id,
                "model_name": model.name,
                "context_length": model.context_length,
                "pricing": model.pricing(),
                "provider_name": provider,
                "tag": PROVIDER_SLUGS.get(provider, provider.lower().replace(" ", "-")),
                "quantization": model.quantization,
                "max_completion_tokens": model.max_completion_tokens,
                "max_prompt_tokens": None,
                "supported_parameters": model.supported_parameters(),
                "status": 0,
                "uptime_last_5m": 100.0,
                "uptime_last_30m": 99.9 - rank,
                "uptime_last_1d": 99.5 - rank,
                "supports_implicit_caching": model.group in ("GPT", "Gemini", "DeepSeek"),
                "latency_last_30m": {"p50": 0.4 + rank / 10, "p75": 0.6, "p90": 0.9, "p99": 1.8},
                "throughput_last_30m": {"p50": 80.0 - rank * 10, "p75": 60.0, "p90": 40.0,
                                        "p99": 20.0},
            }
        )  # fmt: skip
    return {
        "id": model.id,
        "name": model.name,
        "created": CATALOGUE_CREATED,
        "description": model.description,
        "architecture": _architecture(model),
        "endpoints": endpoints,
    }


def provider_objects() -> list[dict[str, Any]]:
    """Build the `data` of `/providers`."""
    return [
        {
            "name": name,
            "slug": slug,
            "privacy_policy_url": f"https://{slug}.example/privacy",
            "terms_of_service_url": f"https://{slug}.example/terms",
            "status_page_url": None,
            "headquarters": hq,
            "datacenters": list(dcs),
        }
        for name, slug, hq, dcs in PROVIDERS
    ]


#: Pre-serialised `/models` entries: list responses are joined from these bytes.
MODEL_JSON: Final[dict[str, bytes]] = {
    m.id: json.dumps(model_object(m), separators=(",", ":")).encode() for m in MODELS
}


def filter_models(
    output_modalities: str | None = None,
    q: str | None = None,
    input_modalities: str | None = None,
    supported_parameters: str | None = None,
    models: Sequence[MockModel] = MODELS,
) -> list[MockModel]:
    """Apply the `/models` query filters (output modalities default to text, as upstream)."""
    wanted_out = {s.strip() for s in (output_modalities or "text").split(",") if s.strip()}
    wanted_in = {s.strip() for s in (input_modalities or "").split(",") if s.strip()}
    wanted_params = {s.strip() for s in (supported_parameters or "").split(",") if s.strip()}
    needle = (q or "").strip().lower()
    result: list[MockModel] = []
    for m in models:
        if "all" not in wanted_out and not wanted_out & set(m.output_modalities):
            continue
        if not wanted_in <= set(m.input_modalities):
            continue
        if not wanted_params <= set(m.supported_parameters()):
            continue
        if needle and needle not in m.id.lower() and needle not in m.name.lower():
            continue
        result.append(m)
    return result
