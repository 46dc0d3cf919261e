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

from ..models.deprecated_route import DeprecatedRoute, check_deprecated_route
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.anthropic_tool_search_tool_bm_25 import AnthropicToolSearchToolBm25
    from ..models.anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.fusion_plugin import FusionPlugin
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.messages_fallback_param import MessagesFallbackParam
    from ..models.messages_message_param import MessagesMessageParam
    from ..models.messages_output_config import MessagesOutputConfig
    from ..models.messages_request_context_management_type_0 import (
        MessagesRequestContextManagementType0,
    )
    from ..models.messages_request_metadata import MessagesRequestMetadata
    from ..models.messages_request_thinking_adaptive import (
        MessagesRequestThinkingAdaptive,
    )
    from ..models.messages_request_thinking_disabled import (
        MessagesRequestThinkingDisabled,
    )
    from ..models.messages_request_thinking_enabled import (
        MessagesRequestThinkingEnabled,
    )
    from ..models.messages_request_tool_choice_any import MessagesRequestToolChoiceAny
    from ..models.messages_request_tool_choice_auto import MessagesRequestToolChoiceAuto
    from ..models.messages_request_tool_choice_none import MessagesRequestToolChoiceNone
    from ..models.messages_request_tool_choice_tool import MessagesRequestToolChoiceTool
    from ..models.messages_request_tools_item_advisor_20260301 import (
        MessagesRequestToolsItemAdvisor20260301,
    )
    from ..models.messages_request_tools_item_bash_20250124 import (
        MessagesRequestToolsItemBash20250124,
    )
    from ..models.messages_request_tools_item_custom import (
        MessagesRequestToolsItemCustom,
    )
    from ..models.messages_request_tools_item_text_editor_20250124 import (
        MessagesRequestToolsItemTextEditor20250124,
    )
    from ..models.messages_request_tools_item_variant_12 import (
        MessagesRequestToolsItemVariant12,
    )
    from ..models.messages_request_tools_item_web_search_20250305 import (
        MessagesRequestToolsItemWebSearch20250305,
    )
    from ..models.messages_request_tools_item_web_search_20260209 import (
        MessagesRequestToolsItemWebSearch20260209,
    )
    from ..models.messages_search_models_server_tool import (
        MessagesSearchModelsServerTool,
    )
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.open_router_web_search_server_tool import (
        OpenRouterWebSearchServerTool,
    )
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.provider_preferences import ProviderPreferences
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.shell_server_tool_open_router import ShellServerToolOpenRouter
    from ..models.stop_server_tools_when_finish_reason_is import (
        StopServerToolsWhenFinishReasonIs,
    )
    from ..models.stop_server_tools_when_has_tool_call import (
        StopServerToolsWhenHasToolCall,
    )
    from ..models.stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from ..models.stop_server_tools_when_max_tokens_used import (
        StopServerToolsWhenMaxTokensUsed,
    )
    from ..models.stop_server_tools_when_step_count_is import (
        StopServerToolsWhenStepCountIs,
    )
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    ("..models.anthropic_text_block_param", "AnthropicTextBlockParam"),
    ("..models.anthropic_tool_search_tool_bm_25", "AnthropicToolSearchToolBm25"),
    ("..models.anthropic_tool_search_tool_regex", "AnthropicToolSearchToolRegex"),
    ("..models.auto_beta_router_plugin", "AutoBetaRouterPlugin"),
    ("..models.auto_router_plugin", "AutoRouterPlugin"),
    ("..models.bash_server_tool", "BashServerTool"),
    ("..models.context_compression_plugin", "ContextCompressionPlugin"),
    ("..models.datetime_server_tool", "DatetimeServerTool"),
    ("..models.file_parser_plugin", "FileParserPlugin"),
    ("..models.fusion_plugin", "FusionPlugin"),
    (
        "..models.image_generation_server_tool_open_router",
        "ImageGenerationServerToolOpenRouter",
    ),
    ("..models.messages_fallback_param", "MessagesFallbackParam"),
    ("..models.messages_message_param", "MessagesMessageParam"),
    ("..models.messages_output_config", "MessagesOutputConfig"),
    (
        "..models.messages_request_context_management_type_0",
        "MessagesRequestContextManagementType0",
    ),
    ("..models.messages_request_metadata", "MessagesRequestMetadata"),
    ("..models.messages_request_thinking_adaptive", "MessagesRequestThinkingAdaptive"),
    ("..models.messages_request_thinking_disabled", "MessagesRequestThinkingDisabled"),
    ("..models.messages_request_thinking_enabled", "MessagesRequestThinkingEnabled"),
    ("..models.messages_request_tool_choice_any", "MessagesRequestToolChoiceAny"),
    ("..models.messages_request_tool_choice_auto", "MessagesRequestToolChoiceAuto"),
    ("..models.messages_request_tool_choice_none", "MessagesRequestToolChoiceNone"),
    ("..models.messages_request_tool_choice_tool", "MessagesRequestToolChoiceTool"),
    (
        "..models.messages_request_tools_item_advisor_20260301",
        "MessagesRequestToolsItemAdvisor20260301",
    ),
    (
        "..models.messages_request_tools_item_bash_20250124",
        "MessagesRequestToolsItemBash20250124",
    ),
    ("..models.messages_request_tools_item_custom", "MessagesRequestToolsItemCustom"),
    (
        "..models.messages_request_tools_item_text_editor_20250124",
        "MessagesRequestToolsItemTextEditor20250124",
    ),
    (
        "..models.messages_request_tools_item_variant_12",
        "MessagesRequestToolsItemVariant12",
    ),
    (
        "..models.messages_request_tools_item_web_search_20250305",
        "MessagesRequestToolsItemWebSearch20250305",
    ),
    (
        "..models.messages_request_tools_item_web_search_20260209",
        "MessagesRequestToolsItemWebSearch20260209",
    ),
    ("..models.messages_search_models_server_tool", "MessagesSearchModelsServerTool"),
    ("..models.moderation_plugin", "ModerationPlugin"),
    ("..models.open_router_web_search_server_tool", "OpenRouterWebSearchServerTool"),
    ("..models.pareto_router_plugin", "ParetoRouterPlugin"),
    ("..models.provider_preferences", "ProviderPreferences"),
    ("..models.response_healing_plugin", "ResponseHealingPlugin"),
    ("..models.shell_server_tool_open_router", "ShellServerToolOpenRouter"),
    (
        "..models.stop_server_tools_when_finish_reason_is",
        "StopServerToolsWhenFinishReasonIs",
    ),
    ("..models.stop_server_tools_when_has_tool_call", "StopServerToolsWhenHasToolCall"),
    ("..models.stop_server_tools_when_max_cost", "StopServerToolsWhenMaxCost"),
    (
        "..models.stop_server_tools_when_max_tokens_used",
        "StopServerToolsWhenMaxTokensUsed",
    ),
    ("..models.stop_server_tools_when_step_count_is", "StopServerToolsWhenStepCountIs"),
    ("..models.tool_search_server_tool", "ToolSearchServerTool"),
    ("..models.trace_config", "TraceConfig"),
    ("..models.web_fetch_plugin", "WebFetchPlugin"),
    ("..models.web_fetch_server_tool", "WebFetchServerTool"),
    ("..models.web_search_plugin", "WebSearchPlugin"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesRequest")


@_attrs_define
class MessagesRequest(APIModel):
    """
    Attributes:
        messages (list[MessagesMessageParam] | None):
        model (str):
        cache_control (AnthropicCacheControlDirective | Unset):
        context_management (MessagesRequestContextManagementType0 | None | Unset):
        fallbacks (list[MessagesFallbackParam] | None | Unset):
        max_tokens (int | Unset):
        metadata (MessagesRequestMetadata | Unset):
        models (list[str] | Unset):
        output_config (MessagesOutputConfig | Unset):
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | Unset):
        provider (None | ProviderPreferences | Unset):
        route (DeprecatedRoute | None | Unset):
        service_tier (str | Unset):
        session_id (str | Unset):
        speed (None | str | Unset):
        stop_sequences (list[str] | Unset):
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset):
        stream (bool | Unset):
        system (list[AnthropicTextBlockParam] | str | Unset):
        temperature (float | Unset):
        thinking (MessagesRequestThinkingAdaptive | MessagesRequestThinkingDisabled | MessagesRequestThinkingEnabled |
            Unset):
        tool_choice (MessagesRequestToolChoiceAny | MessagesRequestToolChoiceAuto | MessagesRequestToolChoiceNone |
            MessagesRequestToolChoiceTool | Unset):
        tools (list[AnthropicToolSearchToolBm25 | AnthropicToolSearchToolRegex | BashServerTool | DatetimeServerTool |
            ImageGenerationServerToolOpenRouter | MessagesRequestToolsItemAdvisor20260301 |
            MessagesRequestToolsItemBash20250124 | MessagesRequestToolsItemCustom |
            MessagesRequestToolsItemTextEditor20250124 | MessagesRequestToolsItemVariant12 |
            MessagesRequestToolsItemWebSearch20250305 | MessagesRequestToolsItemWebSearch20260209 |
            MessagesSearchModelsServerTool | OpenRouterWebSearchServerTool | ShellServerToolOpenRouter |
            ToolSearchServerTool | WebFetchServerTool] | Unset):
        top_k (int | Unset):
        top_p (float | Unset):
        trace (TraceConfig | Unset):
        user (str | Unset):
    """

    messages: list[MessagesMessageParam] | None
    model: str
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    context_management: MessagesRequestContextManagementType0 | None | Unset = UNSET
    fallbacks: list[MessagesFallbackParam] | None | Unset = UNSET
    max_tokens: int | Unset = UNSET
    metadata: MessagesRequestMetadata | Unset = UNSET
    models: list[str] | Unset = UNSET
    output_config: MessagesOutputConfig | Unset = UNSET
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
            | WebSearchPlugin
        ]
        | Unset
    ) = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    service_tier: str | Unset = UNSET
    session_id: str | Unset = UNSET
    speed: None | str | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    stop_server_tools_when: (
        list[
            StopServerToolsWhenFinishReasonIs
            | StopServerToolsWhenHasToolCall
            | StopServerToolsWhenMaxCost
            | StopServerToolsWhenMaxTokensUsed
            | StopServerToolsWhenStepCountIs
        ]
        | Unset
    ) = UNSET
    stream: bool | Unset = UNSET
    system: list[AnthropicTextBlockParam] | str | Unset = UNSET
    temperature: float | Unset = UNSET
    thinking: (
        MessagesRequestThinkingAdaptive
        | MessagesRequestThinkingDisabled
        | MessagesRequestThinkingEnabled
        | Unset
    ) = UNSET
    tool_choice: (
        MessagesRequestToolChoiceAny
        | MessagesRequestToolChoiceAuto
        | MessagesRequestToolChoiceNone
        | MessagesRequestToolChoiceTool
        | Unset
    ) = UNSET
    tools: (
        list[
            AnthropicToolSearchToolBm25
            | AnthropicToolSearchToolRegex
            | BashServerTool
            | DatetimeServerTool
            | ImageGenerationServerToolOpenRouter
            | MessagesRequestToolsItemAdvisor20260301
            | MessagesRequestToolsItemBash20250124
            | MessagesRequestToolsItemCustom
            | MessagesRequestToolsItemTextEditor20250124
            | MessagesRequestToolsItemVariant12
            | MessagesRequestToolsItemWebSearch20250305
            | MessagesRequestToolsItemWebSearch20260209
            | MessagesSearchModelsServerTool
            | OpenRouterWebSearchServerTool
            | ShellServerToolOpenRouter
            | ToolSearchServerTool
            | WebFetchServerTool
        ]
        | Unset
    ) = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        messages: list[dict[str, Any]] | None
        if isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        model = self.model

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        context_management: dict[str, Any] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, MessagesRequestContextManagementType0):
            context_management = self.context_management.to_dict()
        else:
            context_management = self.context_management

        fallbacks: list[dict[str, Any]] | None | Unset
        if isinstance(self.fallbacks, Unset):
            fallbacks = UNSET
        elif isinstance(self.fallbacks, list):
            fallbacks = []
            for fallbacks_type_0_item_data in self.fallbacks:
                fallbacks_type_0_item = fallbacks_type_0_item_data.to_dict()
                fallbacks.append(fallbacks_type_0_item)

        else:
            fallbacks = self.fallbacks

        max_tokens = self.max_tokens

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        output_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_config, Unset):
            output_config = self.output_config.to_dict()

        plugins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugins, Unset):
            plugins = []
            for plugins_item_data in self.plugins:
                plugins_item: dict[str, Any]
                if isinstance(plugins_item_data, AutoRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, AutoBetaRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ModerationPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, WebSearchPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, WebFetchPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, FileParserPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ResponseHealingPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ContextCompressionPlugin):
                    plugins_item = plugins_item_data.to_dict()
                elif isinstance(plugins_item_data, ParetoRouterPlugin):
                    plugins_item = plugins_item_data.to_dict()
                else:
                    plugins_item = plugins_item_data.to_dict()

                plugins.append(plugins_item)

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        route: None | str | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        elif isinstance(self.route, str):
            route = self.route
        else:
            route = self.route

        service_tier = self.service_tier

        session_id = self.session_id

        speed: None | str | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        stop_server_tools_when: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stop_server_tools_when, Unset):
            stop_server_tools_when = []
            for (
                componentsschemas_stop_server_tools_when_item_data
            ) in self.stop_server_tools_when:
                componentsschemas_stop_server_tools_when_item: dict[str, Any]
                if isinstance(
                    componentsschemas_stop_server_tools_when_item_data,
                    StopServerToolsWhenStepCountIs,
                ):
                    componentsschemas_stop_server_tools_when_item = (
                        componentsschemas_stop_server_tools_when_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_stop_server_tools_when_item_data,
                    StopServerToolsWhenHasToolCall,
                ):
                    componentsschemas_stop_server_tools_when_item = (
                        componentsschemas_stop_server_tools_when_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_stop_server_tools_when_item_data,
                    StopServerToolsWhenMaxTokensUsed,
                ):
                    componentsschemas_stop_server_tools_when_item = (
                        componentsschemas_stop_server_tools_when_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_stop_server_tools_when_item_data,
                    StopServerToolsWhenMaxCost,
                ):
                    componentsschemas_stop_server_tools_when_item = (
                        componentsschemas_stop_server_tools_when_item_data.to_dict()
                    )
                else:
                    componentsschemas_stop_server_tools_when_item = (
                        componentsschemas_stop_server_tools_when_item_data.to_dict()
                    )

                stop_server_tools_when.append(
                    componentsschemas_stop_server_tools_when_item
                )

        stream = self.stream

        system: list[dict[str, Any]] | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        temperature = self.temperature

        thinking: dict[str, Any] | Unset
        if isinstance(self.thinking, Unset):
            thinking = UNSET
        elif isinstance(self.thinking, MessagesRequestThinkingEnabled):
            thinking = self.thinking.to_dict()
        elif isinstance(self.thinking, MessagesRequestThinkingDisabled):
            thinking = self.thinking.to_dict()
        else:
            thinking = self.thinking.to_dict()

        tool_choice: dict[str, Any] | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, MessagesRequestToolChoiceAuto):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, MessagesRequestToolChoiceAny):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, MessagesRequestToolChoiceNone):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, MessagesRequestToolsItemCustom):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MessagesRequestToolsItemBash20250124):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(
                    tools_item_data, MessagesRequestToolsItemTextEditor20250124
                ):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(
                    tools_item_data, MessagesRequestToolsItemWebSearch20250305
                ):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(
                    tools_item_data, MessagesRequestToolsItemWebSearch20260209
                ):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(
                    tools_item_data, MessagesRequestToolsItemAdvisor20260301
                ):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, BashServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, DatetimeServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MessagesSearchModelsServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, OpenRouterWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, MessagesRequestToolsItemVariant12):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AnthropicToolSearchToolBm25):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AnthropicToolSearchToolRegex):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ShellServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        top_k = self.top_k

        top_p = self.top_p

        trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = self.trace.to_dict()

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
                "model": model,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if fallbacks is not UNSET:
            field_dict["fallbacks"] = fallbacks
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if models is not UNSET:
            field_dict["models"] = models
        if output_config is not UNSET:
            field_dict["output_config"] = output_config
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if provider is not UNSET:
            field_dict["provider"] = provider
        if route is not UNSET:
            field_dict["route"] = route
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if speed is not UNSET:
            field_dict["speed"] = speed
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when
        if stream is not UNSET:
            field_dict["stream"] = stream
        if system is not UNSET:
            field_dict["system"] = system
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if trace is not UNSET:
            field_dict["trace"] = trace
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_messages(data: object) -> list[MessagesMessageParam] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = []
                _messages_type_0 = data
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = MessagesMessageParam.from_dict(
                        messages_type_0_item_data
                    )

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessagesMessageParam] | None, data)

        messages = _parse_messages(d.pop("messages"))

        model = d.pop("model")

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        def _parse_context_management(
            data: object,
        ) -> MessagesRequestContextManagementType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_management_type_0 = (
                    MessagesRequestContextManagementType0.from_dict(data)
                )

                return context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagesRequestContextManagementType0 | None | Unset, data)

        context_management = _parse_context_management(
            d.pop("context_management", UNSET)
        )

        def _parse_fallbacks(
            data: object,
        ) -> list[MessagesFallbackParam] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fallbacks_type_0 = []
                _fallbacks_type_0 = data
                for fallbacks_type_0_item_data in _fallbacks_type_0:
                    fallbacks_type_0_item = MessagesFallbackParam.from_dict(
                        fallbacks_type_0_item_data
                    )

                    fallbacks_type_0.append(fallbacks_type_0_item)

                return fallbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessagesFallbackParam] | None | Unset, data)

        fallbacks = _parse_fallbacks(d.pop("fallbacks", UNSET))

        max_tokens = d.pop("max_tokens", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: MessagesRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MessagesRequestMetadata.from_dict(_metadata)

        models = cast(list[str], d.pop("models", UNSET))

        _output_config = d.pop("output_config", UNSET)
        output_config: MessagesOutputConfig | Unset
        if isinstance(_output_config, Unset):
            output_config = UNSET
        else:
            output_config = MessagesOutputConfig.from_dict(_output_config)

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
                | WebSearchPlugin
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
                    | WebSearchPlugin
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        plugins_item_type_0 = AutoRouterPlugin.from_dict(data)

                        return plugins_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        plugins_item_type_1 = AutoBetaRouterPlugin.from_dict(data)

                        return plugins_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        plugins_item_type_2 = ModerationPlugin.from_dict(data)

                        return plugins_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        plugins_item_type_3 = WebSearchPlugin.from_dict(data)

                        return plugins_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        plugins_item_type_4 = WebFetchPlugin.from_dict(data)

                        return plugins_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        plugins_item_type_5 = FileParserPlugin.from_dict(data)

                        return plugins_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        plugins_item_type_6 = ResponseHealingPlugin.from_dict(data)

                        return plugins_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        plugins_item_type_7 = ContextCompressionPlugin.from_dict(data)

                        return plugins_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        plugins_item_type_8 = ParetoRouterPlugin.from_dict(data)

                        return plugins_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    plugins_item_type_9 = FusionPlugin.from_dict(data)

                    return plugins_item_type_9

                plugins_item = _parse_plugins_item(plugins_item_data)

                plugins.append(plugins_item)

        def _parse_provider(data: object) -> None | ProviderPreferences | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_type_0 = ProviderPreferences.from_dict(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProviderPreferences | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_route(data: object) -> DeprecatedRoute | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                route_type_0 = check_deprecated_route(data)

                return route_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeprecatedRoute | None | Unset, data)

        route = _parse_route(d.pop("route", UNSET))

        service_tier = d.pop("service_tier", UNSET)

        session_id = d.pop("session_id", UNSET)

        speed: None | str | Unset = d.pop("speed", UNSET)

        stop_sequences = cast(list[str], d.pop("stop_sequences", UNSET))

        _stop_server_tools_when = d.pop("stop_server_tools_when", UNSET)
        stop_server_tools_when: (
            list[
                StopServerToolsWhenFinishReasonIs
                | StopServerToolsWhenHasToolCall
                | StopServerToolsWhenMaxCost
                | StopServerToolsWhenMaxTokensUsed
                | StopServerToolsWhenStepCountIs
            ]
            | Unset
        ) = UNSET
        if _stop_server_tools_when is not UNSET:
            stop_server_tools_when = []
            for (
                componentsschemas_stop_server_tools_when_item_data
            ) in _stop_server_tools_when:

                def _parse_componentsschemas_stop_server_tools_when_item(
                    data: object,
                ) -> (
                    StopServerToolsWhenFinishReasonIs
                    | StopServerToolsWhenHasToolCall
                    | StopServerToolsWhenMaxCost
                    | StopServerToolsWhenMaxTokensUsed
                    | StopServerToolsWhenStepCountIs
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_stop_server_tools_when_condition_type_0 = (
                            StopServerToolsWhenStepCountIs.from_dict(data)
                        )

                        return componentsschemas_stop_server_tools_when_condition_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_stop_server_tools_when_condition_type_1 = (
                            StopServerToolsWhenHasToolCall.from_dict(data)
                        )

                        return componentsschemas_stop_server_tools_when_condition_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_stop_server_tools_when_condition_type_2 = (
                            StopServerToolsWhenMaxTokensUsed.from_dict(data)
                        )

                        return componentsschemas_stop_server_tools_when_condition_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_stop_server_tools_when_condition_type_3 = (
                            StopServerToolsWhenMaxCost.from_dict(data)
                        )

                        return componentsschemas_stop_server_tools_when_condition_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_stop_server_tools_when_condition_type_4 = (
                        StopServerToolsWhenFinishReasonIs.from_dict(data)
                    )

                    return componentsschemas_stop_server_tools_when_condition_type_4

                componentsschemas_stop_server_tools_when_item = (
                    _parse_componentsschemas_stop_server_tools_when_item(
                        componentsschemas_stop_server_tools_when_item_data
                    )
                )

                stop_server_tools_when.append(
                    componentsschemas_stop_server_tools_when_item
                )

        stream = d.pop("stream", UNSET)

        def _parse_system(data: object) -> list[AnthropicTextBlockParam] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                system_type_1 = []
                _system_type_1 = data
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = AnthropicTextBlockParam.from_dict(
                        system_type_1_item_data
                    )

                    system_type_1.append(system_type_1_item)

                return system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnthropicTextBlockParam] | str | Unset, data)

        system = _parse_system(d.pop("system", UNSET))

        temperature = d.pop("temperature", UNSET)

        def _parse_thinking(
            data: object,
        ) -> (
            MessagesRequestThinkingAdaptive
            | MessagesRequestThinkingDisabled
            | MessagesRequestThinkingEnabled
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thinking_type_0 = MessagesRequestThinkingEnabled.from_dict(data)

                return thinking_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thinking_type_1 = MessagesRequestThinkingDisabled.from_dict(data)

                return thinking_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            thinking_type_2 = MessagesRequestThinkingAdaptive.from_dict(data)

            return thinking_type_2

        thinking = _parse_thinking(d.pop("thinking", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> (
            MessagesRequestToolChoiceAny
            | MessagesRequestToolChoiceAuto
            | MessagesRequestToolChoiceNone
            | MessagesRequestToolChoiceTool
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_0 = MessagesRequestToolChoiceAuto.from_dict(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = MessagesRequestToolChoiceAny.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_2 = MessagesRequestToolChoiceNone.from_dict(data)

                return tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_3 = MessagesRequestToolChoiceTool.from_dict(data)

            return tool_choice_type_3

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                AnthropicToolSearchToolBm25
                | AnthropicToolSearchToolRegex
                | BashServerTool
                | DatetimeServerTool
                | ImageGenerationServerToolOpenRouter
                | MessagesRequestToolsItemAdvisor20260301
                | MessagesRequestToolsItemBash20250124
                | MessagesRequestToolsItemCustom
                | MessagesRequestToolsItemTextEditor20250124
                | MessagesRequestToolsItemVariant12
                | MessagesRequestToolsItemWebSearch20250305
                | MessagesRequestToolsItemWebSearch20260209
                | MessagesSearchModelsServerTool
                | OpenRouterWebSearchServerTool
                | ShellServerToolOpenRouter
                | ToolSearchServerTool
                | WebFetchServerTool
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> (
                    AnthropicToolSearchToolBm25
                    | AnthropicToolSearchToolRegex
                    | BashServerTool
                    | DatetimeServerTool
                    | ImageGenerationServerToolOpenRouter
                    | MessagesRequestToolsItemAdvisor20260301
                    | MessagesRequestToolsItemBash20250124
                    | MessagesRequestToolsItemCustom
                    | MessagesRequestToolsItemTextEditor20250124
                    | MessagesRequestToolsItemVariant12
                    | MessagesRequestToolsItemWebSearch20250305
                    | MessagesRequestToolsItemWebSearch20260209
                    | MessagesSearchModelsServerTool
                    | OpenRouterWebSearchServerTool
                    | ShellServerToolOpenRouter
                    | ToolSearchServerTool
                    | WebFetchServerTool
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = MessagesRequestToolsItemCustom.from_dict(
                            data
                        )

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_1 = (
                            MessagesRequestToolsItemBash20250124.from_dict(data)
                        )

                        return tools_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_2 = (
                            MessagesRequestToolsItemTextEditor20250124.from_dict(data)
                        )

                        return tools_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_3 = (
                            MessagesRequestToolsItemWebSearch20250305.from_dict(data)
                        )

                        return tools_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_4 = (
                            MessagesRequestToolsItemWebSearch20260209.from_dict(data)
                        )

                        return tools_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_5 = (
                            MessagesRequestToolsItemAdvisor20260301.from_dict(data)
                        )

                        return tools_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_6 = BashServerTool.from_dict(data)

                        return tools_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_7 = DatetimeServerTool.from_dict(data)

                        return tools_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_8 = (
                            ImageGenerationServerToolOpenRouter.from_dict(data)
                        )

                        return tools_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_9 = MessagesSearchModelsServerTool.from_dict(
                            data
                        )

                        return tools_item_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_10 = WebFetchServerTool.from_dict(data)

                        return tools_item_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_11 = OpenRouterWebSearchServerTool.from_dict(
                            data
                        )

                        return tools_item_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_12 = (
                            MessagesRequestToolsItemVariant12.from_dict(data)
                        )

                        return tools_item_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_13 = AnthropicToolSearchToolBm25.from_dict(data)

                        return tools_item_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_14 = AnthropicToolSearchToolRegex.from_dict(
                            data
                        )

                        return tools_item_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_15 = ShellServerToolOpenRouter.from_dict(data)

                        return tools_item_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_16 = ToolSearchServerTool.from_dict(data)

                    return tools_item_type_16

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        top_k = d.pop("top_k", UNSET)

        top_p = d.pop("top_p", UNSET)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        user = d.pop("user", UNSET)

        messages_request = cls(
            messages=messages,
            model=model,
            cache_control=cache_control,
            context_management=context_management,
            fallbacks=fallbacks,
            max_tokens=max_tokens,
            metadata=metadata,
            models=models,
            output_config=output_config,
            plugins=plugins,
            provider=provider,
            route=route,
            service_tier=service_tier,
            session_id=session_id,
            speed=speed,
            stop_sequences=stop_sequences,
            stop_server_tools_when=stop_server_tools_when,
            stream=stream,
            system=system,
            temperature=temperature,
            thinking=thinking,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_p=top_p,
            trace=trace,
            user=user,
        )

        messages_request.additional_properties = d
        return messages_request

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
