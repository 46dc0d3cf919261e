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
    from ..models.provider_response import ProviderResponse

_LAZY_IMPORTS = (("..models.provider_response", "ProviderResponse"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="GenerationResponseData")


@_attrs_define
class GenerationResponseData(APIModel):
    """
    Attributes:
        created_at (str):
        id (str):
        is_byok (bool):
        model (str):
        origin (str):
        total_cost (float):
        usage (float):
        api_type (None | str | Unset): Open enum (the API adds values): known values `completions`, `embeddings`,
            `rerank`, `tts`, `stt`, `video`, `image`.
        app_id (int | None | Unset):
        cache_discount (float | None | Unset):
        cancelled (bool | None | Unset):
        data_region (str | Unset): Open enum (the API adds values): known values `global`, `europe`, `us`.
        external_user (None | str | Unset):
        finish_reason (None | str | Unset):
        generation_time (float | None | Unset):
        http_referer (None | str | Unset):
        latency (float | None | Unset):
        moderation_latency (float | None | Unset):
        native_finish_reason (None | str | Unset):
        native_tokens_cached (int | None | Unset):
        native_tokens_completion (int | None | Unset):
        native_tokens_completion_images (int | None | Unset):
        native_tokens_prompt (int | None | Unset):
        native_tokens_reasoning (int | None | Unset):
        num_fetches (int | None | Unset):
        num_input_audio_prompt (int | None | Unset):
        num_media_completion (int | None | Unset):
        num_media_prompt (int | None | Unset):
        num_search_results (int | None | Unset):
        preset_id (None | str | Unset):
        provider_name (None | str | Unset):
        provider_responses (list[ProviderResponse] | None | Unset):
        request_id (None | str | Unset):
        response_cache_source_id (None | str | Unset):
        router (None | str | Unset):
        service_tier (None | str | Unset):
        session_id (None | str | Unset):
        streamed (bool | None | Unset):
        tokens_completion (int | None | Unset):
        tokens_prompt (int | None | Unset):
        upstream_id (None | str | Unset):
        upstream_inference_cost (float | None | Unset):
        user_agent (None | str | Unset):
        web_search_engine (None | str | Unset):
        workspace_id (None | str | Unset):
    """

    created_at: str
    id: str
    is_byok: bool
    model: str
    origin: str
    total_cost: float
    usage: float
    api_type: None | str | Unset = UNSET
    app_id: int | None | Unset = UNSET
    cache_discount: float | None | Unset = UNSET
    cancelled: bool | None | Unset = UNSET
    data_region: str | Unset = UNSET
    external_user: None | str | Unset = UNSET
    finish_reason: None | str | Unset = UNSET
    generation_time: float | None | Unset = UNSET
    http_referer: None | str | Unset = UNSET
    latency: float | None | Unset = UNSET
    moderation_latency: float | None | Unset = UNSET
    native_finish_reason: None | str | Unset = UNSET
    native_tokens_cached: int | None | Unset = UNSET
    native_tokens_completion: int | None | Unset = UNSET
    native_tokens_completion_images: int | None | Unset = UNSET
    native_tokens_prompt: int | None | Unset = UNSET
    native_tokens_reasoning: int | None | Unset = UNSET
    num_fetches: int | None | Unset = UNSET
    num_input_audio_prompt: int | None | Unset = UNSET
    num_media_completion: int | None | Unset = UNSET
    num_media_prompt: int | None | Unset = UNSET
    num_search_results: int | None | Unset = UNSET
    preset_id: None | str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    provider_responses: list[ProviderResponse] | None | Unset = UNSET
    request_id: None | str | Unset = UNSET
    response_cache_source_id: None | str | Unset = UNSET
    router: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    session_id: None | str | Unset = UNSET
    streamed: bool | None | Unset = UNSET
    tokens_completion: int | None | Unset = UNSET
    tokens_prompt: int | None | Unset = UNSET
    upstream_id: None | str | Unset = UNSET
    upstream_inference_cost: float | None | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    web_search_engine: None | str | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        created_at = self.created_at

        id = self.id

        is_byok = self.is_byok

        model = self.model

        origin = self.origin

        total_cost = self.total_cost

        usage = self.usage

        api_type: None | str | Unset
        if isinstance(self.api_type, Unset):
            api_type = UNSET
        else:
            api_type = self.api_type

        app_id: int | None | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        cache_discount: float | None | Unset
        if isinstance(self.cache_discount, Unset):
            cache_discount = UNSET
        else:
            cache_discount = self.cache_discount

        cancelled: bool | None | Unset
        if isinstance(self.cancelled, Unset):
            cancelled = UNSET
        else:
            cancelled = self.cancelled

        data_region = self.data_region

        external_user: None | str | Unset
        if isinstance(self.external_user, Unset):
            external_user = UNSET
        else:
            external_user = self.external_user

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self.finish_reason

        generation_time: float | None | Unset
        if isinstance(self.generation_time, Unset):
            generation_time = UNSET
        else:
            generation_time = self.generation_time

        http_referer: None | str | Unset
        if isinstance(self.http_referer, Unset):
            http_referer = UNSET
        else:
            http_referer = self.http_referer

        latency: float | None | Unset
        if isinstance(self.latency, Unset):
            latency = UNSET
        else:
            latency = self.latency

        moderation_latency: float | None | Unset
        if isinstance(self.moderation_latency, Unset):
            moderation_latency = UNSET
        else:
            moderation_latency = self.moderation_latency

        native_finish_reason: None | str | Unset
        if isinstance(self.native_finish_reason, Unset):
            native_finish_reason = UNSET
        else:
            native_finish_reason = self.native_finish_reason

        native_tokens_cached: int | None | Unset
        if isinstance(self.native_tokens_cached, Unset):
            native_tokens_cached = UNSET
        else:
            native_tokens_cached = self.native_tokens_cached

        native_tokens_completion: int | None | Unset
        if isinstance(self.native_tokens_completion, Unset):
            native_tokens_completion = UNSET
        else:
            native_tokens_completion = self.native_tokens_completion

        native_tokens_completion_images: int | None | Unset
        if isinstance(self.native_tokens_completion_images, Unset):
            native_tokens_completion_images = UNSET
        else:
            native_tokens_completion_images = self.native_tokens_completion_images

        native_tokens_prompt: int | None | Unset
        if isinstance(self.native_tokens_prompt, Unset):
            native_tokens_prompt = UNSET
        else:
            native_tokens_prompt = self.native_tokens_prompt

        native_tokens_reasoning: int | None | Unset
        if isinstance(self.native_tokens_reasoning, Unset):
            native_tokens_reasoning = UNSET
        else:
            native_tokens_reasoning = self.native_tokens_reasoning

        num_fetches: int | None | Unset
        if isinstance(self.num_fetches, Unset):
            num_fetches = UNSET
        else:
            num_fetches = self.num_fetches

        num_input_audio_prompt: int | None | Unset
        if isinstance(self.num_input_audio_prompt, Unset):
            num_input_audio_prompt = UNSET
        else:
            num_input_audio_prompt = self.num_input_audio_prompt

        num_media_completion: int | None | Unset
        if isinstance(self.num_media_completion, Unset):
            num_media_completion = UNSET
        else:
            num_media_completion = self.num_media_completion

        num_media_prompt: int | None | Unset
        if isinstance(self.num_media_prompt, Unset):
            num_media_prompt = UNSET
        else:
            num_media_prompt = self.num_media_prompt

        num_search_results: int | None | Unset
        if isinstance(self.num_search_results, Unset):
            num_search_results = UNSET
        else:
            num_search_results = self.num_search_results

        preset_id: None | str | Unset
        if isinstance(self.preset_id, Unset):
            preset_id = UNSET
        else:
            preset_id = self.preset_id

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        provider_responses: list[dict[str, Any]] | None | Unset
        if isinstance(self.provider_responses, Unset):
            provider_responses = UNSET
        elif isinstance(self.provider_responses, list):
            provider_responses = []
            for provider_responses_type_0_item_data in self.provider_responses:
                provider_responses_type_0_item = (
                    provider_responses_type_0_item_data.to_dict()
                )
                provider_responses.append(provider_responses_type_0_item)

        else:
            provider_responses = self.provider_responses

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        response_cache_source_id: None | str | Unset
        if isinstance(self.response_cache_source_id, Unset):
            response_cache_source_id = UNSET
        else:
            response_cache_source_id = self.response_cache_source_id

        router: None | str | Unset
        if isinstance(self.router, Unset):
            router = UNSET
        else:
            router = self.router

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        streamed: bool | None | Unset
        if isinstance(self.streamed, Unset):
            streamed = UNSET
        else:
            streamed = self.streamed

        tokens_completion: int | None | Unset
        if isinstance(self.tokens_completion, Unset):
            tokens_completion = UNSET
        else:
            tokens_completion = self.tokens_completion

        tokens_prompt: int | None | Unset
        if isinstance(self.tokens_prompt, Unset):
            tokens_prompt = UNSET
        else:
            tokens_prompt = self.tokens_prompt

        upstream_id: None | str | Unset
        if isinstance(self.upstream_id, Unset):
            upstream_id = UNSET
        else:
            upstream_id = self.upstream_id

        upstream_inference_cost: float | None | Unset
        if isinstance(self.upstream_inference_cost, Unset):
            upstream_inference_cost = UNSET
        else:
            upstream_inference_cost = self.upstream_inference_cost

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        web_search_engine: None | str | Unset
        if isinstance(self.web_search_engine, Unset):
            web_search_engine = UNSET
        else:
            web_search_engine = self.web_search_engine

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "is_byok": is_byok,
                "model": model,
                "origin": origin,
                "total_cost": total_cost,
                "usage": usage,
            }
        )
        if api_type is not UNSET:
            field_dict["api_type"] = api_type
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if cache_discount is not UNSET:
            field_dict["cache_discount"] = cache_discount
        if cancelled is not UNSET:
            field_dict["cancelled"] = cancelled
        if data_region is not UNSET:
            field_dict["data_region"] = data_region
        if external_user is not UNSET:
            field_dict["external_user"] = external_user
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if generation_time is not UNSET:
            field_dict["generation_time"] = generation_time
        if http_referer is not UNSET:
            field_dict["http_referer"] = http_referer
        if latency is not UNSET:
            field_dict["latency"] = latency
        if moderation_latency is not UNSET:
            field_dict["moderation_latency"] = moderation_latency
        if native_finish_reason is not UNSET:
            field_dict["native_finish_reason"] = native_finish_reason
        if native_tokens_cached is not UNSET:
            field_dict["native_tokens_cached"] = native_tokens_cached
        if native_tokens_completion is not UNSET:
            field_dict["native_tokens_completion"] = native_tokens_completion
        if native_tokens_completion_images is not UNSET:
            field_dict["native_tokens_completion_images"] = (
                native_tokens_completion_images
            )
        if native_tokens_prompt is not UNSET:
            field_dict["native_tokens_prompt"] = native_tokens_prompt
        if native_tokens_reasoning is not UNSET:
            field_dict["native_tokens_reasoning"] = native_tokens_reasoning
        if num_fetches is not UNSET:
            field_dict["num_fetches"] = num_fetches
        if num_input_audio_prompt is not UNSET:
            field_dict["num_input_audio_prompt"] = num_input_audio_prompt
        if num_media_completion is not UNSET:
            field_dict["num_media_completion"] = num_media_completion
        if num_media_prompt is not UNSET:
            field_dict["num_media_prompt"] = num_media_prompt
        if num_search_results is not UNSET:
            field_dict["num_search_results"] = num_search_results
        if preset_id is not UNSET:
            field_dict["preset_id"] = preset_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if provider_responses is not UNSET:
            field_dict["provider_responses"] = provider_responses
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if response_cache_source_id is not UNSET:
            field_dict["response_cache_source_id"] = response_cache_source_id
        if router is not UNSET:
            field_dict["router"] = router
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if streamed is not UNSET:
            field_dict["streamed"] = streamed
        if tokens_completion is not UNSET:
            field_dict["tokens_completion"] = tokens_completion
        if tokens_prompt is not UNSET:
            field_dict["tokens_prompt"] = tokens_prompt
        if upstream_id is not UNSET:
            field_dict["upstream_id"] = upstream_id
        if upstream_inference_cost is not UNSET:
            field_dict["upstream_inference_cost"] = upstream_inference_cost
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if web_search_engine is not UNSET:
            field_dict["web_search_engine"] = web_search_engine
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        created_at = d.pop("created_at")

        id = d.pop("id")

        is_byok = d.pop("is_byok")

        model = d.pop("model")

        origin = d.pop("origin")

        total_cost = d.pop("total_cost")

        usage = d.pop("usage")

        api_type: None | str | Unset = d.pop("api_type", UNSET)

        app_id: int | None | Unset = d.pop("app_id", UNSET)

        cache_discount: float | None | Unset = d.pop("cache_discount", UNSET)

        cancelled: bool | None | Unset = d.pop("cancelled", UNSET)

        data_region = d.pop("data_region", UNSET)

        external_user: None | str | Unset = d.pop("external_user", UNSET)

        finish_reason: None | str | Unset = d.pop("finish_reason", UNSET)

        generation_time: float | None | Unset = d.pop("generation_time", UNSET)

        http_referer: None | str | Unset = d.pop("http_referer", UNSET)

        latency: float | None | Unset = d.pop("latency", UNSET)

        moderation_latency: float | None | Unset = d.pop("moderation_latency", UNSET)

        native_finish_reason: None | str | Unset = d.pop("native_finish_reason", UNSET)

        native_tokens_cached: int | None | Unset = d.pop("native_tokens_cached", UNSET)

        native_tokens_completion: int | None | Unset = d.pop(
            "native_tokens_completion", UNSET
        )

        native_tokens_completion_images: int | None | Unset = d.pop(
            "native_tokens_completion_images", UNSET
        )

        native_tokens_prompt: int | None | Unset = d.pop("native_tokens_prompt", UNSET)

        native_tokens_reasoning: int | None | Unset = d.pop(
            "native_tokens_reasoning", UNSET
        )

        num_fetches: int | None | Unset = d.pop("num_fetches", UNSET)

        num_input_audio_prompt: int | None | Unset = d.pop(
            "num_input_audio_prompt", UNSET
        )

        num_media_completion: int | None | Unset = d.pop("num_media_completion", UNSET)

        num_media_prompt: int | None | Unset = d.pop("num_media_prompt", UNSET)

        num_search_results: int | None | Unset = d.pop("num_search_results", UNSET)

        preset_id: None | str | Unset = d.pop("preset_id", UNSET)

        provider_name: None | str | Unset = d.pop("provider_name", UNSET)

        def _parse_provider_responses(
            data: object,
        ) -> list[ProviderResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                provider_responses_type_0 = []
                _provider_responses_type_0 = data
                for provider_responses_type_0_item_data in _provider_responses_type_0:
                    provider_responses_type_0_item = ProviderResponse.from_dict(
                        provider_responses_type_0_item_data
                    )

                    provider_responses_type_0.append(provider_responses_type_0_item)

                return provider_responses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProviderResponse] | None | Unset, data)

        provider_responses = _parse_provider_responses(
            d.pop("provider_responses", UNSET)
        )

        request_id: None | str | Unset = d.pop("request_id", UNSET)

        response_cache_source_id: None | str | Unset = d.pop(
            "response_cache_source_id", UNSET
        )

        router: None | str | Unset = d.pop("router", UNSET)

        service_tier: None | str | Unset = d.pop("service_tier", UNSET)

        session_id: None | str | Unset = d.pop("session_id", UNSET)

        streamed: bool | None | Unset = d.pop("streamed", UNSET)

        tokens_completion: int | None | Unset = d.pop("tokens_completion", UNSET)

        tokens_prompt: int | None | Unset = d.pop("tokens_prompt", UNSET)

        upstream_id: None | str | Unset = d.pop("upstream_id", UNSET)

        upstream_inference_cost: float | None | Unset = d.pop(
            "upstream_inference_cost", UNSET
        )

        user_agent: None | str | Unset = d.pop("user_agent", UNSET)

        web_search_engine: None | str | Unset = d.pop("web_search_engine", UNSET)

        workspace_id: None | str | Unset = d.pop("workspace_id", UNSET)

        generation_response_data = cls(
            created_at=created_at,
            id=id,
            is_byok=is_byok,
            model=model,
            origin=origin,
            total_cost=total_cost,
            usage=usage,
            api_type=api_type,
            app_id=app_id,
            cache_discount=cache_discount,
            cancelled=cancelled,
            data_region=data_region,
            external_user=external_user,
            finish_reason=finish_reason,
            generation_time=generation_time,
            http_referer=http_referer,
            latency=latency,
            moderation_latency=moderation_latency,
            native_finish_reason=native_finish_reason,
            native_tokens_cached=native_tokens_cached,
            native_tokens_completion=native_tokens_completion,
            native_tokens_completion_images=native_tokens_completion_images,
            native_tokens_prompt=native_tokens_prompt,
            native_tokens_reasoning=native_tokens_reasoning,
            num_fetches=num_fetches,
            num_input_audio_prompt=num_input_audio_prompt,
            num_media_completion=num_media_completion,
            num_media_prompt=num_media_prompt,
            num_search_results=num_search_results,
            preset_id=preset_id,
            provider_name=provider_name,
            provider_responses=provider_responses,
            request_id=request_id,
            response_cache_source_id=response_cache_source_id,
            router=router,
            service_tier=service_tier,
            session_id=session_id,
            streamed=streamed,
            tokens_completion=tokens_completion,
            tokens_prompt=tokens_prompt,
            upstream_id=upstream_id,
            upstream_inference_cost=upstream_inference_cost,
            user_agent=user_agent,
            web_search_engine=web_search_engine,
            workspace_id=workspace_id,
        )

        generation_response_data.additional_properties = d
        return generation_response_data

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
