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

from ..models.chat_request_modalities_item import (
    ChatRequestModalitiesItem,
    check_chat_request_modalities_item,
)
from ..models.chat_request_reasoning_effort_type_1 import (
    ChatRequestReasoningEffortType1,
    check_chat_request_reasoning_effort_type_1,
)
from ..models.chat_request_reasoning_effort_type_2_type_1 import (
    ChatRequestReasoningEffortType2Type1,
    check_chat_request_reasoning_effort_type_2_type_1,
)
from ..models.chat_request_reasoning_effort_type_3_type_1 import (
    ChatRequestReasoningEffortType3Type1,
    check_chat_request_reasoning_effort_type_3_type_1,
)
from ..models.chat_request_service_tier_type_1 import (
    ChatRequestServiceTierType1,
    check_chat_request_service_tier_type_1,
)
from ..models.chat_request_service_tier_type_2_type_1 import (
    ChatRequestServiceTierType2Type1,
    check_chat_request_service_tier_type_2_type_1,
)
from ..models.chat_request_service_tier_type_3_type_1 import (
    ChatRequestServiceTierType3Type1,
    check_chat_request_service_tier_type_3_type_1,
)
from ..models.chat_tool_choice_type_0 import (
    ChatToolChoiceType0,
    check_chat_tool_choice_type_0,
)
from ..models.chat_tool_choice_type_1 import (
    ChatToolChoiceType1,
    check_chat_tool_choice_type_1,
)
from ..models.chat_tool_choice_type_2 import (
    ChatToolChoiceType2,
    check_chat_tool_choice_type_2,
)
from ..models.deprecated_route import DeprecatedRoute, check_deprecated_route
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.chat_assistant_message import ChatAssistantMessage
    from ..models.chat_debug_options import ChatDebugOptions
    from ..models.chat_developer_message import ChatDeveloperMessage
    from ..models.chat_format_grammar_config import ChatFormatGrammarConfig
    from ..models.chat_format_json_object_config import ChatFormatJsonObjectConfig
    from ..models.chat_format_json_schema_config import ChatFormatJsonSchemaConfig
    from ..models.chat_format_python_config import ChatFormatPythonConfig
    from ..models.chat_format_text_config import ChatFormatTextConfig
    from ..models.chat_function_tool_function import ChatFunctionToolFunction
    from ..models.chat_named_tool_choice import ChatNamedToolChoice
    from ..models.chat_request_logit_bias_type_0 import ChatRequestLogitBiasType0
    from ..models.chat_request_metadata import ChatRequestMetadata
    from ..models.chat_request_reasoning import ChatRequestReasoning
    from ..models.chat_request_usage import ChatRequestUsage
    from ..models.chat_request_web_search_options import ChatRequestWebSearchOptions
    from ..models.chat_search_models_server_tool import ChatSearchModelsServerTool
    from ..models.chat_server_tool_choice import ChatServerToolChoice
    from ..models.chat_stream_options import ChatStreamOptions
    from ..models.chat_system_message import ChatSystemMessage
    from ..models.chat_tool_message import ChatToolMessage
    from ..models.chat_user_message import ChatUserMessage
    from ..models.chat_web_search_shorthand import ChatWebSearchShorthand
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.files_server_tool import FilesServerTool
    from ..models.fusion_plugin import FusionPlugin
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.image_config import ImageConfig
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.open_router_web_search_server_tool import (
        OpenRouterWebSearchServerTool,
    )
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.prediction import Prediction
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.response_healing_plugin import ResponseHealingPlugin
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
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin

_LAZY_IMPORTS = (
    ("..models.advisor_server_tool_open_router", "AdvisorServerToolOpenRouter"),
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    ("..models.auto_beta_router_plugin", "AutoBetaRouterPlugin"),
    ("..models.auto_router_plugin", "AutoRouterPlugin"),
    ("..models.bash_server_tool", "BashServerTool"),
    ("..models.chat_assistant_message", "ChatAssistantMessage"),
    ("..models.chat_debug_options", "ChatDebugOptions"),
    ("..models.chat_developer_message", "ChatDeveloperMessage"),
    ("..models.chat_format_grammar_config", "ChatFormatGrammarConfig"),
    ("..models.chat_format_json_object_config", "ChatFormatJsonObjectConfig"),
    ("..models.chat_format_json_schema_config", "ChatFormatJsonSchemaConfig"),
    ("..models.chat_format_python_config", "ChatFormatPythonConfig"),
    ("..models.chat_format_text_config", "ChatFormatTextConfig"),
    ("..models.chat_function_tool_function", "ChatFunctionToolFunction"),
    ("..models.chat_named_tool_choice", "ChatNamedToolChoice"),
    ("..models.chat_request_logit_bias_type_0", "ChatRequestLogitBiasType0"),
    ("..models.chat_request_metadata", "ChatRequestMetadata"),
    ("..models.chat_request_reasoning", "ChatRequestReasoning"),
    ("..models.chat_request_usage", "ChatRequestUsage"),
    ("..models.chat_request_web_search_options", "ChatRequestWebSearchOptions"),
    ("..models.chat_search_models_server_tool", "ChatSearchModelsServerTool"),
    ("..models.chat_server_tool_choice", "ChatServerToolChoice"),
    ("..models.chat_stream_options", "ChatStreamOptions"),
    ("..models.chat_system_message", "ChatSystemMessage"),
    ("..models.chat_tool_message", "ChatToolMessage"),
    ("..models.chat_user_message", "ChatUserMessage"),
    ("..models.chat_web_search_shorthand", "ChatWebSearchShorthand"),
    ("..models.context_compression_plugin", "ContextCompressionPlugin"),
    ("..models.datetime_server_tool", "DatetimeServerTool"),
    ("..models.file_parser_plugin", "FileParserPlugin"),
    ("..models.files_server_tool", "FilesServerTool"),
    ("..models.fusion_plugin", "FusionPlugin"),
    ("..models.fusion_server_tool_open_router", "FusionServerToolOpenRouter"),
    ("..models.image_config", "ImageConfig"),
    (
        "..models.image_generation_server_tool_open_router",
        "ImageGenerationServerToolOpenRouter",
    ),
    ("..models.moderation_plugin", "ModerationPlugin"),
    ("..models.open_router_web_search_server_tool", "OpenRouterWebSearchServerTool"),
    ("..models.pareto_router_plugin", "ParetoRouterPlugin"),
    ("..models.prediction", "Prediction"),
    ("..models.prompt_cache_options", "PromptCacheOptions"),
    ("..models.provider_preferences", "ProviderPreferences"),
    ("..models.response_healing_plugin", "ResponseHealingPlugin"),
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
    ("..models.subagent_server_tool_open_router", "SubagentServerToolOpenRouter"),
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


T = TypeVar("T", bound="ChatRequest")


@_attrs_define
class ChatRequest(APIModel):
    """
    Attributes:
        messages (list[ChatAssistantMessage | ChatDeveloperMessage | ChatSystemMessage | ChatToolMessage |
            ChatUserMessage]):
        cache_control (AnthropicCacheControlDirective | Unset):
        debug (ChatDebugOptions | Unset):
        frequency_penalty (float | None | Unset):
        image_config (ImageConfig | Unset):
        include_reasoning (bool | Unset): Legacy: true is reasoning {} and false is reasoning {exclude: true}.
        logit_bias (ChatRequestLogitBiasType0 | None | Unset):
        logprobs (bool | None | Unset):
        max_completion_tokens (int | None | Unset):
        max_tokens (int | None | Unset):
        metadata (ChatRequestMetadata | Unset):
        min_p (float | None | Unset):
        modalities (list[ChatRequestModalitiesItem] | Unset):
        model (str | Unset):
        models (list[str] | Unset):
        parallel_tool_calls (bool | None | Unset):
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | Unset):
        prediction (None | Prediction | Unset):
        presence_penalty (float | None | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_options (None | PromptCacheOptions | Unset):
        provider (None | ProviderPreferences | Unset):
        reasoning (ChatRequestReasoning | Unset):
        reasoning_effort (ChatRequestReasoningEffortType1 | ChatRequestReasoningEffortType2Type1 |
            ChatRequestReasoningEffortType3Type1 | None | Unset):
        repetition_penalty (float | None | Unset):
        response_format (ChatFormatGrammarConfig | ChatFormatJsonObjectConfig | ChatFormatJsonSchemaConfig |
            ChatFormatPythonConfig | ChatFormatTextConfig | Unset):
        route (DeprecatedRoute | None | Unset):
        seed (int | None | Unset):
        service_tier (ChatRequestServiceTierType1 | ChatRequestServiceTierType2Type1 | ChatRequestServiceTierType3Type1
            | None | Unset):
        session_id (str | Unset):
        stop (list[str] | None | str | Unset):
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset):
        stream (bool | Unset):  Default: False.
        stream_options (ChatStreamOptions | None | Unset):
        temperature (float | None | Unset):
        tool_choice (ChatNamedToolChoice | ChatServerToolChoice | ChatToolChoiceType0 | ChatToolChoiceType1 |
            ChatToolChoiceType2 | Unset):
        tools (list[AdvisorServerToolOpenRouter | BashServerTool | ChatFunctionToolFunction | ChatSearchModelsServerTool
            | ChatWebSearchShorthand | DatetimeServerTool | FilesServerTool | FusionServerToolOpenRouter |
            ImageGenerationServerToolOpenRouter | OpenRouterWebSearchServerTool | SubagentServerToolOpenRouter |
            WebFetchServerTool] | Unset):
        top_a (float | None | Unset):
        top_k (int | None | Unset):
        top_logprobs (int | None | Unset):
        top_p (float | None | Unset):
        trace (TraceConfig | Unset):
        usage (ChatRequestUsage | Unset): Deprecated and without effect; usage is always returned.
        user (str | Unset):
        verbosity (str | Unset):
        web_search_options (ChatRequestWebSearchOptions | Unset):
    """

    messages: list[
        ChatAssistantMessage
        | ChatDeveloperMessage
        | ChatSystemMessage
        | ChatToolMessage
        | ChatUserMessage
    ]
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    debug: ChatDebugOptions | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    image_config: ImageConfig | Unset = UNSET
    include_reasoning: bool | Unset = UNSET
    logit_bias: ChatRequestLogitBiasType0 | None | Unset = UNSET
    logprobs: bool | None | Unset = UNSET
    max_completion_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    metadata: ChatRequestMetadata | Unset = UNSET
    min_p: float | None | Unset = UNSET
    modalities: list[ChatRequestModalitiesItem] | Unset = UNSET
    model: str | Unset = UNSET
    models: list[str] | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
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
    prediction: None | Prediction | Unset = UNSET
    presence_penalty: float | None | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    reasoning: ChatRequestReasoning | Unset = UNSET
    reasoning_effort: (
        ChatRequestReasoningEffortType1
        | ChatRequestReasoningEffortType2Type1
        | ChatRequestReasoningEffortType3Type1
        | None
        | Unset
    ) = UNSET
    repetition_penalty: float | None | Unset = UNSET
    response_format: (
        ChatFormatGrammarConfig
        | ChatFormatJsonObjectConfig
        | ChatFormatJsonSchemaConfig
        | ChatFormatPythonConfig
        | ChatFormatTextConfig
        | Unset
    ) = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    service_tier: (
        ChatRequestServiceTierType1
        | ChatRequestServiceTierType2Type1
        | ChatRequestServiceTierType3Type1
        | None
        | Unset
    ) = UNSET
    session_id: str | Unset = UNSET
    stop: list[str] | None | str | Unset = UNSET
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
    stream: bool | Unset = False
    stream_options: ChatStreamOptions | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    tool_choice: (
        ChatNamedToolChoice
        | ChatServerToolChoice
        | ChatToolChoiceType0
        | ChatToolChoiceType1
        | ChatToolChoiceType2
        | Unset
    ) = UNSET
    tools: (
        list[
            AdvisorServerToolOpenRouter
            | BashServerTool
            | ChatFunctionToolFunction
            | ChatSearchModelsServerTool
            | ChatWebSearchShorthand
            | DatetimeServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerToolOpenRouter
            | OpenRouterWebSearchServerTool
            | SubagentServerToolOpenRouter
            | WebFetchServerTool
        ]
        | Unset
    ) = UNSET
    top_a: float | None | Unset = UNSET
    top_k: int | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    usage: ChatRequestUsage | Unset = UNSET
    user: str | Unset = UNSET
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

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_config, Unset):
            image_config = self.image_config.to_dict()

        include_reasoning = self.include_reasoning

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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        min_p: float | None | Unset
        if isinstance(self.min_p, Unset):
            min_p = UNSET
        else:
            min_p = self.min_p

        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = []
            for modalities_item_data in self.modalities:
                modalities_item: str = modalities_item_data
                modalities.append(modalities_item)

        model = self.model

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

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

        prediction: dict[str, Any] | None | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        elif isinstance(self.prediction, Prediction):
            prediction = self.prediction.to_dict()
        else:
            prediction = self.prediction

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        elif isinstance(self.prompt_cache_options, PromptCacheOptions):
            prompt_cache_options = self.prompt_cache_options.to_dict()
        else:
            prompt_cache_options = self.prompt_cache_options

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        repetition_penalty: float | None | Unset
        if isinstance(self.repetition_penalty, Unset):
            repetition_penalty = UNSET
        else:
            repetition_penalty = self.repetition_penalty

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ChatFormatTextConfig):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ChatFormatJsonObjectConfig):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ChatFormatJsonSchemaConfig):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ChatFormatGrammarConfig):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        route: None | str | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        elif isinstance(self.route, str):
            route = self.route
        else:
            route = self.route

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        session_id = self.session_id

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

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

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ChatNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatFunctionToolFunction):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AdvisorServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, BashServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, DatetimeServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FilesServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FusionServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ChatSearchModelsServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, SubagentServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, OpenRouterWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        top_a: float | None | Unset
        if isinstance(self.top_a, Unset):
            top_a = UNSET
        else:
            top_a = self.top_a

        top_k: int | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = self.trace.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        user = self.user

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
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if debug is not UNSET:
            field_dict["debug"] = debug
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if include_reasoning is not UNSET:
            field_dict["include_reasoning"] = include_reasoning
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if min_p is not UNSET:
            field_dict["min_p"] = min_p
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if model is not UNSET:
            field_dict["model"] = model
        if models is not UNSET:
            field_dict["models"] = models
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if provider is not UNSET:
            field_dict["provider"] = provider
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if repetition_penalty is not UNSET:
            field_dict["repetition_penalty"] = repetition_penalty
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if route is not UNSET:
            field_dict["route"] = route
        if seed is not UNSET:
            field_dict["seed"] = seed
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_a is not UNSET:
            field_dict["top_a"] = top_a
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if trace is not UNSET:
            field_dict["trace"] = trace
        if usage is not UNSET:
            field_dict["usage"] = usage
        if user is not UNSET:
            field_dict["user"] = user
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
                    componentsschemas_chat_messages_type_0 = (
                        ChatSystemMessage.from_dict(data)
                    )

                    return componentsschemas_chat_messages_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_messages_type_1 = ChatUserMessage.from_dict(
                        data
                    )

                    return componentsschemas_chat_messages_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_messages_type_2 = (
                        ChatDeveloperMessage.from_dict(data)
                    )

                    return componentsschemas_chat_messages_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_messages_type_3 = (
                        ChatAssistantMessage.from_dict(data)
                    )

                    return componentsschemas_chat_messages_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_messages_type_4 = ChatToolMessage.from_dict(data)

                return componentsschemas_chat_messages_type_4

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        _debug = d.pop("debug", UNSET)
        debug: ChatDebugOptions | Unset
        if isinstance(_debug, Unset):
            debug = UNSET
        else:
            debug = ChatDebugOptions.from_dict(_debug)

        frequency_penalty: float | None | Unset = d.pop("frequency_penalty", UNSET)

        _image_config = d.pop("image_config", UNSET)
        image_config: ImageConfig | Unset
        if isinstance(_image_config, Unset):
            image_config = UNSET
        else:
            image_config = ImageConfig.from_dict(_image_config)

        include_reasoning = d.pop("include_reasoning", UNSET)

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

        max_completion_tokens: int | None | Unset = d.pop(
            "max_completion_tokens", UNSET
        )

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: ChatRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ChatRequestMetadata.from_dict(_metadata)

        min_p: float | None | Unset = d.pop("min_p", UNSET)

        _modalities = d.pop("modalities", UNSET)
        modalities: list[ChatRequestModalitiesItem] | Unset = UNSET
        if _modalities is not UNSET:
            modalities = []
            for modalities_item_data in _modalities:
                modalities_item = check_chat_request_modalities_item(
                    modalities_item_data
                )

                modalities.append(modalities_item)

        model = d.pop("model", UNSET)

        models = cast(list[str], d.pop("models", UNSET))

        parallel_tool_calls: bool | None | Unset = d.pop("parallel_tool_calls", UNSET)

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

        def _parse_prediction(data: object) -> None | Prediction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prediction_type_0 = Prediction.from_dict(data)

                return prediction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Prediction | Unset, data)

        prediction = _parse_prediction(d.pop("prediction", UNSET))

        presence_penalty: float | None | Unset = d.pop("presence_penalty", UNSET)

        prompt_cache_key: None | str | Unset = d.pop("prompt_cache_key", UNSET)

        def _parse_prompt_cache_options(
            data: object,
        ) -> None | PromptCacheOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_options_type_0 = PromptCacheOptions.from_dict(data)

                return prompt_cache_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptCacheOptions | Unset, data)

        prompt_cache_options = _parse_prompt_cache_options(
            d.pop("prompt_cache_options", UNSET)
        )

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

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: ChatRequestReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = ChatRequestReasoning.from_dict(_reasoning)

        def _parse_reasoning_effort(
            data: object,
        ) -> (
            ChatRequestReasoningEffortType1
            | ChatRequestReasoningEffortType2Type1
            | ChatRequestReasoningEffortType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_1 = check_chat_request_reasoning_effort_type_1(
                    data
                )

                return reasoning_effort_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_2_type_1 = (
                    check_chat_request_reasoning_effort_type_2_type_1(data)
                )

                return reasoning_effort_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_3_type_1 = (
                    check_chat_request_reasoning_effort_type_3_type_1(data)
                )

                return reasoning_effort_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ChatRequestReasoningEffortType1
                | ChatRequestReasoningEffortType2Type1
                | ChatRequestReasoningEffortType3Type1
                | None
                | Unset,
                data,
            )

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        repetition_penalty: float | None | Unset = d.pop("repetition_penalty", UNSET)

        def _parse_response_format(
            data: object,
        ) -> (
            ChatFormatGrammarConfig
            | ChatFormatJsonObjectConfig
            | ChatFormatJsonSchemaConfig
            | ChatFormatPythonConfig
            | ChatFormatTextConfig
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_0 = ChatFormatTextConfig.from_dict(data)

                return response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_1 = ChatFormatJsonObjectConfig.from_dict(data)

                return response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_2 = ChatFormatJsonSchemaConfig.from_dict(data)

                return response_format_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_3 = ChatFormatGrammarConfig.from_dict(data)

                return response_format_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_format_type_4 = ChatFormatPythonConfig.from_dict(data)

            return response_format_type_4

        response_format = _parse_response_format(d.pop("response_format", UNSET))

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

        seed: int | None | Unset = d.pop("seed", UNSET)

        def _parse_service_tier(
            data: object,
        ) -> (
            ChatRequestServiceTierType1
            | ChatRequestServiceTierType2Type1
            | ChatRequestServiceTierType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_1 = check_chat_request_service_tier_type_1(data)

                return service_tier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_2_type_1 = (
                    check_chat_request_service_tier_type_2_type_1(data)
                )

                return service_tier_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_3_type_1 = (
                    check_chat_request_service_tier_type_3_type_1(data)
                )

                return service_tier_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ChatRequestServiceTierType1
                | ChatRequestServiceTierType2Type1
                | ChatRequestServiceTierType3Type1
                | None
                | Unset,
                data,
            )

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        session_id = d.pop("session_id", UNSET)

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

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        def _parse_tool_choice(
            data: object,
        ) -> (
            ChatNamedToolChoice
            | ChatServerToolChoice
            | ChatToolChoiceType0
            | ChatToolChoiceType1
            | ChatToolChoiceType2
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_tool_choice_type_0 = (
                    check_chat_tool_choice_type_0(data)
                )

                return componentsschemas_chat_tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_tool_choice_type_1 = (
                    check_chat_tool_choice_type_1(data)
                )

                return componentsschemas_chat_tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_tool_choice_type_2 = (
                    check_chat_tool_choice_type_2(data)
                )

                return componentsschemas_chat_tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_tool_choice_type_3 = (
                    ChatNamedToolChoice.from_dict(data)
                )

                return componentsschemas_chat_tool_choice_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_tool_choice_type_4 = ChatServerToolChoice.from_dict(
                data
            )

            return componentsschemas_chat_tool_choice_type_4

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                AdvisorServerToolOpenRouter
                | BashServerTool
                | ChatFunctionToolFunction
                | ChatSearchModelsServerTool
                | ChatWebSearchShorthand
                | DatetimeServerTool
                | FilesServerTool
                | FusionServerToolOpenRouter
                | ImageGenerationServerToolOpenRouter
                | OpenRouterWebSearchServerTool
                | SubagentServerToolOpenRouter
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
                    AdvisorServerToolOpenRouter
                    | BashServerTool
                    | ChatFunctionToolFunction
                    | ChatSearchModelsServerTool
                    | ChatWebSearchShorthand
                    | DatetimeServerTool
                    | FilesServerTool
                    | FusionServerToolOpenRouter
                    | ImageGenerationServerToolOpenRouter
                    | OpenRouterWebSearchServerTool
                    | SubagentServerToolOpenRouter
                    | WebFetchServerTool
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_0 = (
                            ChatFunctionToolFunction.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_1 = (
                            AdvisorServerToolOpenRouter.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_2 = (
                            BashServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_3 = (
                            DatetimeServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_4 = (
                            FilesServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_5 = (
                            FusionServerToolOpenRouter.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_6 = (
                            ImageGenerationServerToolOpenRouter.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_7 = (
                            ChatSearchModelsServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_8 = (
                            SubagentServerToolOpenRouter.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_9 = (
                            WebFetchServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_function_tool_type_10 = (
                            OpenRouterWebSearchServerTool.from_dict(data)
                        )

                        return componentsschemas_chat_function_tool_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_function_tool_type_11 = (
                        ChatWebSearchShorthand.from_dict(data)
                    )

                    return componentsschemas_chat_function_tool_type_11

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        top_a: float | None | Unset = d.pop("top_a", UNSET)

        top_k: int | None | Unset = d.pop("top_k", UNSET)

        top_logprobs: int | None | Unset = d.pop("top_logprobs", UNSET)

        top_p: float | None | Unset = d.pop("top_p", UNSET)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        _usage = d.pop("usage", UNSET)
        usage: ChatRequestUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ChatRequestUsage.from_dict(_usage)

        user = d.pop("user", UNSET)

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
            cache_control=cache_control,
            debug=debug,
            frequency_penalty=frequency_penalty,
            image_config=image_config,
            include_reasoning=include_reasoning,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_completion_tokens=max_completion_tokens,
            max_tokens=max_tokens,
            metadata=metadata,
            min_p=min_p,
            modalities=modalities,
            model=model,
            models=models,
            parallel_tool_calls=parallel_tool_calls,
            plugins=plugins,
            prediction=prediction,
            presence_penalty=presence_penalty,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            provider=provider,
            reasoning=reasoning,
            reasoning_effort=reasoning_effort,
            repetition_penalty=repetition_penalty,
            response_format=response_format,
            route=route,
            seed=seed,
            service_tier=service_tier,
            session_id=session_id,
            stop=stop,
            stop_server_tools_when=stop_server_tools_when,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            tool_choice=tool_choice,
            tools=tools,
            top_a=top_a,
            top_k=top_k,
            top_logprobs=top_logprobs,
            top_p=top_p,
            trace=trace,
            usage=usage,
            user=user,
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
