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
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.cache_control import CacheControl
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_debug_options import ChatDebugOptions
    from ..models.chat_developer_message import ChatDeveloperMessage
    from ..models.chat_function_tool import ChatFunctionTool
    from ..models.chat_named_tool_choice import ChatNamedToolChoice
    from ..models.chat_request_image_config import ChatRequestImageConfig
    from ..models.chat_request_logit_bias_type_0 import ChatRequestLogitBiasType0
    from ..models.chat_request_metadata import ChatRequestMetadata
    from ..models.chat_request_web_search_options import ChatRequestWebSearchOptions
    from ..models.chat_server_tool import ChatServerTool
    from ..models.chat_server_tool_choice import ChatServerToolChoice
    from ..models.chat_stream_options import ChatStreamOptions
    from ..models.chat_system_message import ChatSystemMessage
    from ..models.chat_tool_message import ChatToolMessage
    from ..models.chat_user_message import ChatUserMessage
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.fusion_plugin import FusionPlugin
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.prediction import Prediction
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.reasoning_config import ReasoningConfig
    from ..models.response_format_grammar import ResponseFormatGrammar
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_python import ResponseFormatPython
    from ..models.response_format_text import ResponseFormatText
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.stop_server_tools_condition import StopServerToolsCondition
    from ..models.trace_config import TraceConfig
    from ..models.usage_options import UsageOptions
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_plugin import WebPlugin

_LAZY_IMPORTS = (
    ("..models.auto_beta_router_plugin", "AutoBetaRouterPlugin"),
    ("..models.auto_router_plugin", "AutoRouterPlugin"),
    ("..models.cache_control", "CacheControl"),
    ("..models.chat_assistant_message", "ChatAssistantMessage"),
    ("..models.chat_debug_options", "ChatDebugOptions"),
    ("..models.chat_developer_message", "ChatDeveloperMessage"),
    ("..models.chat_function_tool", "ChatFunctionTool"),
    ("..models.chat_named_tool_choice", "ChatNamedToolChoice"),
    ("..models.chat_request_image_config", "ChatRequestImageConfig"),
    ("..models.chat_request_logit_bias_type_0", "ChatRequestLogitBiasType0"),
    ("..models.chat_request_metadata", "ChatRequestMetadata"),
    ("..models.chat_request_web_search_options", "ChatRequestWebSearchOptions"),
    ("..models.chat_server_tool", "ChatServerTool"),
    ("..models.chat_server_tool_choice", "ChatServerToolChoice"),
    ("..models.chat_stream_options", "ChatStreamOptions"),
    ("..models.chat_system_message", "ChatSystemMessage"),
    ("..models.chat_tool_message", "ChatToolMessage"),
    ("..models.chat_user_message", "ChatUserMessage"),
    ("..models.context_compression_plugin", "ContextCompressionPlugin"),
    ("..models.file_parser_plugin", "FileParserPlugin"),
    ("..models.fusion_plugin", "FusionPlugin"),
    ("..models.moderation_plugin", "ModerationPlugin"),
    ("..models.pareto_router_plugin", "ParetoRouterPlugin"),
    ("..models.prediction", "Prediction"),
    ("..models.prompt_cache_options", "PromptCacheOptions"),
    ("..models.provider_preferences", "ProviderPreferences"),
    ("..models.reasoning_config", "ReasoningConfig"),
    ("..models.response_format_grammar", "ResponseFormatGrammar"),
    ("..models.response_format_json_object", "ResponseFormatJsonObject"),
    ("..models.response_format_json_schema", "ResponseFormatJsonSchema"),
    ("..models.response_format_python", "ResponseFormatPython"),
    ("..models.response_format_text", "ResponseFormatText"),
    ("..models.response_healing_plugin", "ResponseHealingPlugin"),
    ("..models.stop_server_tools_condition", "StopServerToolsCondition"),
    ("..models.trace_config", "TraceConfig"),
    ("..models.usage_options", "UsageOptions"),
    ("..models.web_fetch_plugin", "WebFetchPlugin"),
    ("..models.web_plugin", "WebPlugin"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatRequest")


@_attrs_define
class ChatRequest(APIModel):
    """Chat completion request. Only `messages` is required.

    Attributes:
        messages (list[ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage |
            ChatUserMessage]):
        model (str | Unset): Model slug `author/name[:variant]`; the account default when omitted.
        models (list[str] | Unset): Ordered fallback models.
        stream (bool | Unset):  Default: False.
        stream_options (ChatStreamOptions | None | Unset):
        max_completion_tokens (int | None | Unset):
        max_tokens (int | None | Unset): Deprecated alias of max_completion_tokens.
        temperature (float | None | Unset):
        top_p (float | None | Unset):
        top_k (int | None | Unset):
        min_p (float | None | Unset):
        top_a (float | None | Unset):
        frequency_penalty (float | None | Unset):
        presence_penalty (float | None | Unset):
        repetition_penalty (float | None | Unset):
        seed (int | None | Unset):
        stop (list[str] | None | str | Unset):
        logit_bias (ChatRequestLogitBiasType0 | None | Unset):
        logprobs (bool | None | Unset):
        top_logprobs (int | None | Unset):
        response_format (ResponseFormatGrammar | ResponseFormatJsonObject | ResponseFormatJsonSchema |
            ResponseFormatPython | ResponseFormatText | Unset):
        tools (list[ChatFunctionTool | ChatServerTool] | Unset):
        tool_choice (ChatNamedToolChoice | ChatServerToolChoice | str | Unset):
        parallel_tool_calls (bool | None | Unset):
        reasoning (ReasoningConfig | Unset):
        reasoning_effort (None | str | Unset): Shorthand for reasoning.effort: max, xhigh, high, medium, low, minimal,
            none.
        include_reasoning (bool | Unset): Legacy: true is reasoning {} and false is reasoning {exclude: true}.
        provider (ProviderPreferences | Unset): Provider routing preferences.
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebPlugin] |
            Unset):
        route (None | str | Unset): Deprecated alias of provider.sort.partition (fallback, sort).
        prediction (Prediction | Unset):
        user (str | Unset): Stable end-user id for abuse isolation.
        session_id (str | Unset):
        metadata (ChatRequestMetadata | Unset): Up to 16 pairs; keys up to 64 chars, values up to 512 chars.
        trace (TraceConfig | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_options (PromptCacheOptions | Unset):
        cache_control (CacheControl | Unset):
        service_tier (None | str | Unset): auto, default, fast, flex, priority, scale (open set).
        modalities (list[str] | Unset): Requested output modalities: text, image, audio.
        image_config (ChatRequestImageConfig | Unset): Provider-specific image generation options (e.g. aspect_ratio).
        stop_server_tools_when (list[StopServerToolsCondition] | Unset):
        debug (ChatDebugOptions | Unset):
        usage (UsageOptions | Unset): Deprecated and without effect; usage is always returned.
        verbosity (str | Unset): low, medium, high, xhigh, max.
        web_search_options (ChatRequestWebSearchOptions | Unset):
    """

    messages: list[
        ChatAssistantMessage
        | ChatDeveloperMessage
        | ChatSystemMessage
        | ChatToolMessage
        | ChatUserMessage
    ]
    model: str | Unset = UNSET
    models: list[str] | Unset = UNSET
    stream: bool | Unset = False
    stream_options: ChatStreamOptions | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    min_p: float | None | Unset = UNSET
    top_a: float | None | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    repetition_penalty: float | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
    logit_bias: ChatRequestLogitBiasType0 | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    response_format: (
        ResponseFormatGrammar
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatPython
        | ResponseFormatText
        | Unset
    ) = UNSET
    tools: list[ChatFunctionTool | ChatServerTool] | Unset = UNSET
    tool_choice: ChatNamedToolChoice | ChatServerToolChoice | str | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    reasoning: ReasoningConfig | Unset = UNSET
    reasoning_effort: None | str | Unset = UNSET
    include_reasoning: bool | Unset = UNSET
    provider: ProviderPreferences | Unset = UNSET
    plugins: (
        list[
            AutoBetaRouterPlugin
            | AutoRouterPlugin
            | ContextCompressionPlugin
            | FileParserPlugin
            | FusionPlugin
            | ModerationPlugin
            | ParetoRouterPlugin
            | ResponseHealingPlugin
            | WebFetchPlugin
            | WebPlugin
        ]
        | Unset
    ) = UNSET
    route: None | str | Unset = UNSET
    prediction: Prediction | Unset = UNSET
    user: str | Unset = UNSET
    session_id: str | Unset = UNSET
    metadata: ChatRequestMetadata | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: PromptCacheOptions | Unset = UNSET
    cache_control: CacheControl | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    modalities: list[str] | Unset = UNSET
    image_config: ChatRequestImageConfig | Unset = UNSET
    stop_server_tools_when: list[StopServerToolsCondition] | Unset = UNSET
    debug: ChatDebugOptions | Unset = UNSET
    usage: UsageOptions | Unset = UNSET
    verbosity: str | Unset = UNSET
    web_search_options: ChatRequestWebSearchOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatSystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatUserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatDeveloperMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatAssistantMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        model = self.model

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        min_p: float | None | Unset
        if isinstance(self.min_p, Unset):
            min_p = UNSET
        else:
            min_p = self.min_p

        top_a: float | None | Unset
        if isinstance(self.top_a, Unset):
            top_a = UNSET
        else:
            top_a = self.top_a

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        repetition_penalty: float | None | Unset
        if isinstance(self.repetition_penalty, Unset):
            repetition_penalty = UNSET
        else:
            repetition_penalty = self.repetition_penalty

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, ChatRequestLogitBiasType0):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ResponseFormatGrammar):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatFunctionTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ChatServerToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = self.reasoning_effort

        include_reasoning = self.include_reasoning

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        plugins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugins, Unset):
            plugins = []
            for plugins_item_data in self.plugins:
                plugins_item: dict[str, Any]
                if isinstance(plugins_item_data, WebPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, WebFetchPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, FileParserPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ResponseHealingPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ContextCompressionPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ModerationPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, AutoRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, AutoBetaRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ParetoRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                else:
                    plugins_item = plugins_item_data.to_dict()

                plugins.append(plugins_item)

        route: None | str | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        else:
            route = self.route

        prediction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prediction, Unset):
            prediction = self.prediction.to_dict()

        user = self.user

        session_id = self.session_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = self.trace.to_dict()

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = self.modalities

        image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_config, Unset):
            image_config = self.image_config.to_dict()

        stop_server_tools_when: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stop_server_tools_when, Unset):
            stop_server_tools_when = []
            for stop_server_tools_when_item_data in self.stop_server_tools_when:
                stop_server_tools_when_item = stop_server_tools_when_item_data.to_dict()
                stop_server_tools_when.append(stop_server_tools_when_item)

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        verbosity = self.verbosity

        web_search_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if models is not UNSET:
            field_dict["models"] = models
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if top_a is not UNSET:
            field_dict["top_a"] = top_a
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if include_reasoning is not UNSET:
            field_dict["include_reasoning"] = include_reasoning
        if provider is not UNSET:
            field_dict["provider"] = provider
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if route is not UNSET:
            field_dict["route"] = route
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if user is not UNSET:
            field_dict["user"] = user
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if trace is not UNSET:
            field_dict["trace"] = trace
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when
        if debug is not UNSET:
            field_dict["debug"] = debug
        if usage is not UNSET:
            field_dict["usage"] = usage
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ChatAssistantMessage
                | ChatDeveloperMessage
                | ChatSystemMessage
                | ChatToolMessage
                | ChatUserMessage
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_0 = ChatSystemMessage.from_dict(
                        data
                    )

                    return componentsschemas_chat_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_1 = ChatUserMessage.from_dict(
                        data
                    )

                    return componentsschemas_chat_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_2 = (
                        ChatDeveloperMessage.from_dict(data)
                    )

                    return componentsschemas_chat_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_message_type_3 = (
                        ChatAssistantMessage.from_dict(data)
                    )

                    return componentsschemas_chat_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_message_type_4 = ChatToolMessage.from_dict(data)

                return componentsschemas_chat_message_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        model = d.pop("model", UNSET)

        models = cast(list[str], d.pop("models", UNSET))

        stream = d.pop("stream", UNSET)

        def _parse_stream_options(data: object) -> ChatStreamOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_options_type_0 = ChatStreamOptions.from_dict(data)

                return stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatStreamOptions | None | Unset, data)

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))

        max_completion_tokens: int | None | Unset = d.pop(
            "max_completion_tokens", UNSET
        )

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        top_p: float | None | Unset = d.pop("top_p", UNSET)

        top_k: int | None | Unset = d.pop("top_k", UNSET)

        min_p: float | None | Unset = d.pop("min_p", UNSET)

        top_a: float | None | Unset = d.pop("top_a", UNSET)

        frequency_penalty: float | None | Unset = d.pop("frequency_penalty", UNSET)

        presence_penalty: float | None | Unset = d.pop("presence_penalty", UNSET)

        repetition_penalty: float | None | Unset = d.pop("repetition_penalty", UNSET)

        seed: int | None | Unset = d.pop("seed", UNSET)

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        def _parse_logit_bias(data: object) -> ChatRequestLogitBiasType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logit_bias_type_0 = ChatRequestLogitBiasType0.from_dict(data)

                return logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatRequestLogitBiasType0 | None | Unset, data)

        logit_bias = _parse_logit_bias(d.pop("logit_bias", UNSET))

        logprobs: bool | None | Unset = d.pop("logprobs", UNSET)

        top_logprobs: int | None | Unset = d.pop("top_logprobs", UNSET)

        def _parse_response_format(
            data: object,
        ) -> (
            ResponseFormatGrammar
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatPython
            | ResponseFormatText
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_0 = (
                    ResponseFormatText.from_dict(data)
                )

                return componentsschemas_chat_response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_1 = (
                    ResponseFormatJsonObject.from_dict(data)
                )

                return componentsschemas_chat_response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_2 = (
                    ResponseFormatJsonSchema.from_dict(data)
                )

                return componentsschemas_chat_response_format_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_response_format_type_3 = (
                    ResponseFormatGrammar.from_dict(data)
                )

                return componentsschemas_chat_response_format_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_response_format_type_4 = (
                ResponseFormatPython.from_dict(data)
            )

            return componentsschemas_chat_response_format_type_4

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[ChatFunctionTool | ChatServerTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> ChatFunctionTool | ChatServerTool:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_tool_type_0 = ChatFunctionTool.from_dict(
                            data
                        )

                        return componentsschemas_chat_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_tool_type_1 = ChatServerTool.from_dict(data)

                    return componentsschemas_chat_tool_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> ChatNamedToolChoice | ChatServerToolChoice | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_tool_choice_type_1 = (
                    ChatNamedToolChoice.from_dict(data)
                )

                return componentsschemas_chat_tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_tool_choice_type_2 = (
                    ChatServerToolChoice.from_dict(data)
                )

                return componentsschemas_chat_tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatNamedToolChoice | ChatServerToolChoice | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls: bool | None | Unset = d.pop("parallel_tool_calls", UNSET)

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: ReasoningConfig | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = ReasoningConfig.from_dict(_reasoning)

        reasoning_effort: None | str | Unset = d.pop("reasoning_effort", UNSET)

        include_reasoning = d.pop("include_reasoning", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: ProviderPreferences | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = ProviderPreferences.from_dict(_provider)

        _plugins = d.pop("plugins", UNSET)
        plugins: (
            list[
                AutoBetaRouterPlugin
                | AutoRouterPlugin
                | ContextCompressionPlugin
                | FileParserPlugin
                | FusionPlugin
                | ModerationPlugin
                | ParetoRouterPlugin
                | ResponseHealingPlugin
                | WebFetchPlugin
                | WebPlugin
            ]
            | Unset
        ) = UNSET
        if _plugins is not UNSET:
            plugins = []
            for plugins_item_data in _plugins:

                def _parse_plugins_item(
                    data: object,
                ) -> (
                    AutoBetaRouterPlugin
                    | AutoRouterPlugin
                    | ContextCompressionPlugin
                    | FileParserPlugin
                    | FusionPlugin
                    | ModerationPlugin
                    | ParetoRouterPlugin
                    | ResponseHealingPlugin
                    | WebFetchPlugin
                    | WebPlugin
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_plugin_type_0 = WebPlugin.from_dict(data)

                        return componentsschemas_chat_plugin_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_plugin_type_1 = WebFetchPlugin.from_dict(
                            data
                        )

                        return componentsschemas_chat_plugin_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_plugin_type_2 = (
                            FileParserPlugin.from_dict(data)
                        )

                        return componentsschemas_chat_plugin_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_plugin_type_3 = (
                            ResponseHealingPlugin.from_dict(data)
                        )

                        return componentsschemas_chat_plugin_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_plugin_type_4 = (
                            ContextCompressionPlugin.from_dict(data)
                        )

                        return componentsschemas_chat_plugin_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_plugin_type_5 = (
                            ModerationPlugin.from_dict(data)
                        )

                        return componentsschemas_chat_plugin_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_plugin_type_6 = (
                            AutoRouterPlugin.from_dict(data)
                        )

                        return componentsschemas_chat_plugin_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_plugin_type_7 = (
                            AutoBetaRouterPlugin.from_dict(data)
                        )

                        return componentsschemas_chat_plugin_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_plugin_type_8 = (
                            ParetoRouterPlugin.from_dict(data)
                        )

                        return componentsschemas_chat_plugin_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_plugin_type_9 = FusionPlugin.from_dict(data)

                    return componentsschemas_chat_plugin_type_9

                plugins_item = _parse_plugins_item(plugins_item_data)

                plugins.append(plugins_item)

        route: None | str | Unset = d.pop("route", UNSET)

        _prediction = d.pop("prediction", UNSET)
        prediction: Prediction | Unset
        if isinstance(_prediction, Unset):
            prediction = UNSET
        else:
            prediction = Prediction.from_dict(_prediction)

        user = d.pop("user", UNSET)

        session_id = d.pop("session_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ChatRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ChatRequestMetadata.from_dict(_metadata)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        prompt_cache_key: None | str | Unset = d.pop("prompt_cache_key", UNSET)

        _prompt_cache_options = d.pop("prompt_cache_options", UNSET)
        prompt_cache_options: PromptCacheOptions | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = PromptCacheOptions.from_dict(_prompt_cache_options)

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: CacheControl | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = CacheControl.from_dict(_cache_control)

        service_tier: None | str | Unset = d.pop("service_tier", UNSET)

        modalities = cast(list[str], d.pop("modalities", UNSET))

        _image_config = d.pop("image_config", UNSET)
        image_config: ChatRequestImageConfig | Unset
        if isinstance(_image_config, Unset):
            image_config = UNSET
        else:
            image_config = ChatRequestImageConfig.from_dict(_image_config)

        _stop_server_tools_when = d.pop("stop_server_tools_when", UNSET)
        stop_server_tools_when: list[StopServerToolsCondition] | Unset = UNSET
        if _stop_server_tools_when is not UNSET:
            stop_server_tools_when = []
            for stop_server_tools_when_item_data in _stop_server_tools_when:
                stop_server_tools_when_item = StopServerToolsCondition.from_dict(
                    stop_server_tools_when_item_data
                )

                stop_server_tools_when.append(stop_server_tools_when_item)

        _debug = d.pop("debug", UNSET)
        debug: ChatDebugOptions | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = ChatDebugOptions.from_dict(_debug)

        _usage = d.pop("usage", UNSET)
        usage: UsageOptions | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = UsageOptions.from_dict(_usage)

        verbosity = d.pop("verbosity", UNSET)

        _web_search_options = d.pop("web_search_options", UNSET)
        web_search_options: ChatRequestWebSearchOptions | Unset
        if isinstance(_web_search_options, Unset):
            web_search_options = UNSET
        else:
            web_search_options = ChatRequestWebSearchOptions.from_dict(
                _web_search_options
            )

        chat_request = cls(
            messages=messages,
            model=model,
            models=models,
            stream=stream,
            stream_options=stream_options,
            max_completion_tokens=max_completion_tokens,
            max_tokens=max_tokens,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            min_p=min_p,
            top_a=top_a,
            frequency_penalty=frequency_penalty,
            presence_penalty=presence_penalty,
            repetition_penalty=repetition_penalty,
            seed=seed,
            stop=stop,
            logit_bias=logit_bias,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            response_format=response_format,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            reasoning=reasoning,
            reasoning_effort=reasoning_effort,
            include_reasoning=include_reasoning,
            provider=provider,
            plugins=plugins,
            route=route,
            prediction=prediction,
            user=user,
            session_id=session_id,
            metadata=metadata,
            trace=trace,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            cache_control=cache_control,
            service_tier=service_tier,
            modalities=modalities,
            image_config=image_config,
            stop_server_tools_when=stop_server_tools_when,
            debug=debug,
            usage=usage,
            verbosity=verbosity,
            web_search_options=web_search_options,
        )

        chat_request.additional_properties = d
        return chat_request

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
