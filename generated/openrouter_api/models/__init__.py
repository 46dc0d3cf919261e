"""Contains all the data models used in inputs/outputs

Imported lazily (PEP 562): a model module is loaded the first time its name is used, so
importing the package does not import every model.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key import ApiKey
    from .auth_keys_request import AuthKeysRequest
    from .auth_keys_response import AuthKeysResponse
    from .auto_beta_router_plugin import AutoBetaRouterPlugin
    from .auto_beta_router_plugin_id import AutoBetaRouterPluginId
    from .auto_router_plugin import AutoRouterPlugin
    from .auto_router_plugin_id import AutoRouterPluginId
    from .cache_control import CacheControl
    from .chat_annotation import ChatAnnotation
    from .chat_assistant_image import ChatAssistantImage
    from .chat_assistant_message import ChatAssistantMessage
    from .chat_assistant_message_role import ChatAssistantMessageRole
    from .chat_audio_output import ChatAudioOutput
    from .chat_choice import ChatChoice
    from .chat_choice_error import ChatChoiceError
    from .chat_choice_error_metadata_type_0 import ChatChoiceErrorMetadataType0
    from .chat_content_audio import ChatContentAudio
    from .chat_content_audio_type import ChatContentAudioType
    from .chat_content_file import ChatContentFile
    from .chat_content_file_type import ChatContentFileType
    from .chat_content_image import ChatContentImage
    from .chat_content_image_type import ChatContentImageType
    from .chat_content_text import ChatContentText
    from .chat_content_text_type import ChatContentTextType
    from .chat_content_video import ChatContentVideo
    from .chat_content_video_legacy import ChatContentVideoLegacy
    from .chat_content_video_legacy_type import ChatContentVideoLegacyType
    from .chat_content_video_type import ChatContentVideoType
    from .chat_debug_options import ChatDebugOptions
    from .chat_developer_message import ChatDeveloperMessage
    from .chat_developer_message_role import ChatDeveloperMessageRole
    from .chat_file import ChatFile
    from .chat_function_definition import ChatFunctionDefinition
    from .chat_function_definition_parameters import ChatFunctionDefinitionParameters
    from .chat_function_tool import ChatFunctionTool
    from .chat_function_tool_type import ChatFunctionToolType
    from .chat_image_url import ChatImageUrl
    from .chat_input_audio import ChatInputAudio
    from .chat_logprobs import ChatLogprobs
    from .chat_named_tool_choice import ChatNamedToolChoice
    from .chat_named_tool_choice_function import ChatNamedToolChoiceFunction
    from .chat_named_tool_choice_type import ChatNamedToolChoiceType
    from .chat_request import ChatRequest
    from .chat_request_image_config import ChatRequestImageConfig
    from .chat_request_logit_bias_type_0 import ChatRequestLogitBiasType0
    from .chat_request_metadata import ChatRequestMetadata
    from .chat_request_web_search_options import ChatRequestWebSearchOptions
    from .chat_response_message import ChatResponseMessage
    from .chat_result import ChatResult
    from .chat_result_openrouter_metadata import ChatResultOpenrouterMetadata
    from .chat_server_tool import ChatServerTool
    from .chat_server_tool_choice import ChatServerToolChoice
    from .chat_server_tool_parameters import ChatServerToolParameters
    from .chat_stream_choice import ChatStreamChoice
    from .chat_stream_chunk import ChatStreamChunk
    from .chat_stream_chunk_debug import ChatStreamChunkDebug
    from .chat_stream_chunk_openrouter_metadata import ChatStreamChunkOpenrouterMetadata
    from .chat_stream_delta import ChatStreamDelta
    from .chat_stream_error import ChatStreamError
    from .chat_stream_error_metadata import ChatStreamErrorMetadata
    from .chat_stream_event import ChatStreamEvent
    from .chat_stream_options import ChatStreamOptions
    from .chat_stream_tool_call import ChatStreamToolCall
    from .chat_stream_tool_call_function import ChatStreamToolCallFunction
    from .chat_system_message import ChatSystemMessage
    from .chat_system_message_role import ChatSystemMessageRole
    from .chat_token_logprob import ChatTokenLogprob
    from .chat_tool_call import ChatToolCall
    from .chat_tool_call_function import ChatToolCallFunction
    from .chat_tool_message import ChatToolMessage
    from .chat_tool_message_role import ChatToolMessageRole
    from .chat_top_logprob import ChatTopLogprob
    from .chat_usage import ChatUsage
    from .chat_user_message import ChatUserMessage
    from .chat_user_message_role import ChatUserMessageRole
    from .chat_video_url import ChatVideoUrl
    from .completion_tokens_details import CompletionTokensDetails
    from .context_compression_plugin import ContextCompressionPlugin
    from .context_compression_plugin_id import ContextCompressionPluginId
    from .cost_details import CostDetails
    from .create_key_request import CreateKeyRequest
    from .create_key_response import CreateKeyResponse
    from .credits_ import Credits
    from .credits_response import CreditsResponse
    from .current_key import CurrentKey
    from .current_key_response import CurrentKeyResponse
    from .default_parameters import DefaultParameters
    from .delete_key_response import DeleteKeyResponse
    from .embedding import Embedding
    from .embeddings_content_part import EmbeddingsContentPart
    from .embeddings_multimodal_input import EmbeddingsMultimodalInput
    from .embeddings_prompt_tokens_details import EmbeddingsPromptTokensDetails
    from .embeddings_request import EmbeddingsRequest
    from .embeddings_request_encoding_format import EmbeddingsRequestEncodingFormat
    from .embeddings_response import EmbeddingsResponse
    from .embeddings_usage import EmbeddingsUsage
    from .error_object import ErrorObject
    from .error_object_availability import ErrorObjectAvailability
    from .error_object_metadata_type_0 import ErrorObjectMetadataType0
    from .error_response import ErrorResponse
    from .error_response_openrouter_metadata_type_0 import (
        ErrorResponseOpenrouterMetadataType0,
    )
    from .file_parser_pdf_options import FileParserPdfOptions
    from .file_parser_plugin import FileParserPlugin
    from .file_parser_plugin_id import FileParserPluginId
    from .fusion_plugin import FusionPlugin
    from .fusion_plugin_id import FusionPluginId
    from .fusion_plugin_tool import FusionPluginTool
    from .fusion_plugin_tool_parameters import FusionPluginToolParameters
    from .generation import Generation
    from .generation_response import GenerationResponse
    from .json_schema_config import JsonSchemaConfig
    from .json_schema_config_schema import JsonSchemaConfigSchema
    from .key_rate_limit import KeyRateLimit
    from .key_response import KeyResponse
    from .keys_list_response import KeysListResponse
    from .model import Model
    from .model_alias_target import ModelAliasTarget
    from .model_architecture import ModelArchitecture
    from .model_benchmarks import ModelBenchmarks
    from .model_endpoints import ModelEndpoints
    from .model_endpoints_response import ModelEndpointsResponse
    from .model_links import ModelLinks
    from .model_reasoning import ModelReasoning
    from .models_count import ModelsCount
    from .models_count_response import ModelsCountResponse
    from .models_list_links import ModelsListLinks
    from .models_list_response import ModelsListResponse
    from .moderation_plugin import ModerationPlugin
    from .moderation_plugin_id import ModerationPluginId
    from .pareto_router_plugin import ParetoRouterPlugin
    from .pareto_router_plugin_id import ParetoRouterPluginId
    from .per_request_limits import PerRequestLimits
    from .percentile_stats import PercentileStats
    from .percentile_thresholds import PercentileThresholds
    from .prediction import Prediction
    from .prediction_type import PredictionType
    from .pricing import Pricing
    from .pricing_overrides_item import PricingOverridesItem
    from .prompt_cache_breakpoint import PromptCacheBreakpoint
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_tokens_details import PromptTokensDetails
    from .provider_info import ProviderInfo
    from .provider_max_price import ProviderMaxPrice
    from .provider_preferences import ProviderPreferences
    from .provider_response import ProviderResponse
    from .provider_sort_config import ProviderSortConfig
    from .providers_response import ProvidersResponse
    from .public_endpoint import PublicEndpoint
    from .reasoning_config import ReasoningConfig
    from .reasoning_detail import ReasoningDetail
    from .response_format_grammar import ResponseFormatGrammar
    from .response_format_grammar_type import ResponseFormatGrammarType
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_object_type import ResponseFormatJsonObjectType
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_type import ResponseFormatJsonSchemaType
    from .response_format_python import ResponseFormatPython
    from .response_format_python_type import ResponseFormatPythonType
    from .response_format_text import ResponseFormatText
    from .response_format_text_type import ResponseFormatTextType
    from .response_healing_plugin import ResponseHealingPlugin
    from .response_healing_plugin_id import ResponseHealingPluginId
    from .server_tool_use_details import ServerToolUseDetails
    from .stop_server_tools_condition import StopServerToolsCondition
    from .top_provider_info import TopProviderInfo
    from .trace_config import TraceConfig
    from .update_key_request import UpdateKeyRequest
    from .url_citation import UrlCitation
    from .usage_options import UsageOptions
    from .web_fetch_plugin import WebFetchPlugin
    from .web_fetch_plugin_id import WebFetchPluginId
    from .web_plugin import WebPlugin
    from .web_plugin_id import WebPluginId
    from .web_search_user_location import WebSearchUserLocation
    from .web_search_user_location_type import WebSearchUserLocationType

_MODULES = {
    "ApiKey": ".api_key",
    "AuthKeysRequest": ".auth_keys_request",
    "AuthKeysResponse": ".auth_keys_response",
    "AutoBetaRouterPlugin": ".auto_beta_router_plugin",
    "AutoBetaRouterPluginId": ".auto_beta_router_plugin_id",
    "AutoRouterPlugin": ".auto_router_plugin",
    "AutoRouterPluginId": ".auto_router_plugin_id",
    "CacheControl": ".cache_control",
    "ChatAnnotation": ".chat_annotation",
    "ChatAssistantImage": ".chat_assistant_image",
    "ChatAssistantMessage": ".chat_assistant_message",
    "ChatAssistantMessageRole": ".chat_assistant_message_role",
    "ChatAudioOutput": ".chat_audio_output",
    "ChatChoice": ".chat_choice",
    "ChatChoiceError": ".chat_choice_error",
    "ChatChoiceErrorMetadataType0": ".chat_choice_error_metadata_type_0",
    "ChatContentAudio": ".chat_content_audio",
    "ChatContentAudioType": ".chat_content_audio_type",
    "ChatContentFile": ".chat_content_file",
    "ChatContentFileType": ".chat_content_file_type",
    "ChatContentImage": ".chat_content_image",
    "ChatContentImageType": ".chat_content_image_type",
    "ChatContentText": ".chat_content_text",
    "ChatContentTextType": ".chat_content_text_type",
    "ChatContentVideo": ".chat_content_video",
    "ChatContentVideoLegacy": ".chat_content_video_legacy",
    "ChatContentVideoLegacyType": ".chat_content_video_legacy_type",
    "ChatContentVideoType": ".chat_content_video_type",
    "ChatDebugOptions": ".chat_debug_options",
    "ChatDeveloperMessage": ".chat_developer_message",
    "ChatDeveloperMessageRole": ".chat_developer_message_role",
    "ChatFile": ".chat_file",
    "ChatFunctionDefinition": ".chat_function_definition",
    "ChatFunctionDefinitionParameters": ".chat_function_definition_parameters",
    "ChatFunctionTool": ".chat_function_tool",
    "ChatFunctionToolType": ".chat_function_tool_type",
    "ChatImageUrl": ".chat_image_url",
    "ChatInputAudio": ".chat_input_audio",
    "ChatLogprobs": ".chat_logprobs",
    "ChatNamedToolChoice": ".chat_named_tool_choice",
    "ChatNamedToolChoiceFunction": ".chat_named_tool_choice_function",
    "ChatNamedToolChoiceType": ".chat_named_tool_choice_type",
    "ChatRequest": ".chat_request",
    "ChatRequestImageConfig": ".chat_request_image_config",
    "ChatRequestLogitBiasType0": ".chat_request_logit_bias_type_0",
    "ChatRequestMetadata": ".chat_request_metadata",
    "ChatRequestWebSearchOptions": ".chat_request_web_search_options",
    "ChatResponseMessage": ".chat_response_message",
    "ChatResult": ".chat_result",
    "ChatResultOpenrouterMetadata": ".chat_result_openrouter_metadata",
    "ChatServerTool": ".chat_server_tool",
    "ChatServerToolChoice": ".chat_server_tool_choice",
    "ChatServerToolParameters": ".chat_server_tool_parameters",
    "ChatStreamChoice": ".chat_stream_choice",
    "ChatStreamChunk": ".chat_stream_chunk",
    "ChatStreamChunkDebug": ".chat_stream_chunk_debug",
    "ChatStreamChunkOpenrouterMetadata": ".chat_stream_chunk_openrouter_metadata",
    "ChatStreamDelta": ".chat_stream_delta",
    "ChatStreamError": ".chat_stream_error",
    "ChatStreamErrorMetadata": ".chat_stream_error_metadata",
    "ChatStreamEvent": ".chat_stream_event",
    "ChatStreamOptions": ".chat_stream_options",
    "ChatStreamToolCall": ".chat_stream_tool_call",
    "ChatStreamToolCallFunction": ".chat_stream_tool_call_function",
    "ChatSystemMessage": ".chat_system_message",
    "ChatSystemMessageRole": ".chat_system_message_role",
    "ChatTokenLogprob": ".chat_token_logprob",
    "ChatToolCall": ".chat_tool_call",
    "ChatToolCallFunction": ".chat_tool_call_function",
    "ChatToolMessage": ".chat_tool_message",
    "ChatToolMessageRole": ".chat_tool_message_role",
    "ChatTopLogprob": ".chat_top_logprob",
    "ChatUsage": ".chat_usage",
    "ChatUserMessage": ".chat_user_message",
    "ChatUserMessageRole": ".chat_user_message_role",
    "ChatVideoUrl": ".chat_video_url",
    "CompletionTokensDetails": ".completion_tokens_details",
    "ContextCompressionPlugin": ".context_compression_plugin",
    "ContextCompressionPluginId": ".context_compression_plugin_id",
    "CostDetails": ".cost_details",
    "CreateKeyRequest": ".create_key_request",
    "CreateKeyResponse": ".create_key_response",
    "Credits": ".credits_",
    "CreditsResponse": ".credits_response",
    "CurrentKey": ".current_key",
    "CurrentKeyResponse": ".current_key_response",
    "DefaultParameters": ".default_parameters",
    "DeleteKeyResponse": ".delete_key_response",
    "Embedding": ".embedding",
    "EmbeddingsContentPart": ".embeddings_content_part",
    "EmbeddingsMultimodalInput": ".embeddings_multimodal_input",
    "EmbeddingsPromptTokensDetails": ".embeddings_prompt_tokens_details",
    "EmbeddingsRequest": ".embeddings_request",
    "EmbeddingsRequestEncodingFormat": ".embeddings_request_encoding_format",
    "EmbeddingsResponse": ".embeddings_response",
    "EmbeddingsUsage": ".embeddings_usage",
    "ErrorObject": ".error_object",
    "ErrorObjectAvailability": ".error_object_availability",
    "ErrorObjectMetadataType0": ".error_object_metadata_type_0",
    "ErrorResponse": ".error_response",
    "ErrorResponseOpenrouterMetadataType0": ".error_response_openrouter_metadata_type_0",
    "FileParserPdfOptions": ".file_parser_pdf_options",
    "FileParserPlugin": ".file_parser_plugin",
    "FileParserPluginId": ".file_parser_plugin_id",
    "FusionPlugin": ".fusion_plugin",
    "FusionPluginId": ".fusion_plugin_id",
    "FusionPluginTool": ".fusion_plugin_tool",
    "FusionPluginToolParameters": ".fusion_plugin_tool_parameters",
    "Generation": ".generation",
    "GenerationResponse": ".generation_response",
    "JsonSchemaConfig": ".json_schema_config",
    "JsonSchemaConfigSchema": ".json_schema_config_schema",
    "KeyRateLimit": ".key_rate_limit",
    "KeyResponse": ".key_response",
    "KeysListResponse": ".keys_list_response",
    "Model": ".model",
    "ModelAliasTarget": ".model_alias_target",
    "ModelArchitecture": ".model_architecture",
    "ModelBenchmarks": ".model_benchmarks",
    "ModelEndpoints": ".model_endpoints",
    "ModelEndpointsResponse": ".model_endpoints_response",
    "ModelLinks": ".model_links",
    "ModelReasoning": ".model_reasoning",
    "ModelsCount": ".models_count",
    "ModelsCountResponse": ".models_count_response",
    "ModelsListLinks": ".models_list_links",
    "ModelsListResponse": ".models_list_response",
    "ModerationPlugin": ".moderation_plugin",
    "ModerationPluginId": ".moderation_plugin_id",
    "ParetoRouterPlugin": ".pareto_router_plugin",
    "ParetoRouterPluginId": ".pareto_router_plugin_id",
    "PerRequestLimits": ".per_request_limits",
    "PercentileStats": ".percentile_stats",
    "PercentileThresholds": ".percentile_thresholds",
    "Prediction": ".prediction",
    "PredictionType": ".prediction_type",
    "Pricing": ".pricing",
    "PricingOverridesItem": ".pricing_overrides_item",
    "PromptCacheBreakpoint": ".prompt_cache_breakpoint",
    "PromptCacheOptions": ".prompt_cache_options",
    "PromptTokensDetails": ".prompt_tokens_details",
    "ProviderInfo": ".provider_info",
    "ProviderMaxPrice": ".provider_max_price",
    "ProviderPreferences": ".provider_preferences",
    "ProviderResponse": ".provider_response",
    "ProviderSortConfig": ".provider_sort_config",
    "ProvidersResponse": ".providers_response",
    "PublicEndpoint": ".public_endpoint",
    "ReasoningConfig": ".reasoning_config",
    "ReasoningDetail": ".reasoning_detail",
    "ResponseFormatGrammar": ".response_format_grammar",
    "ResponseFormatGrammarType": ".response_format_grammar_type",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonObjectType": ".response_format_json_object_type",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatJsonSchemaType": ".response_format_json_schema_type",
    "ResponseFormatPython": ".response_format_python",
    "ResponseFormatPythonType": ".response_format_python_type",
    "ResponseFormatText": ".response_format_text",
    "ResponseFormatTextType": ".response_format_text_type",
    "ResponseHealingPlugin": ".response_healing_plugin",
    "ResponseHealingPluginId": ".response_healing_plugin_id",
    "ServerToolUseDetails": ".server_tool_use_details",
    "StopServerToolsCondition": ".stop_server_tools_condition",
    "TopProviderInfo": ".top_provider_info",
    "TraceConfig": ".trace_config",
    "UpdateKeyRequest": ".update_key_request",
    "UrlCitation": ".url_citation",
    "UsageOptions": ".usage_options",
    "WebFetchPlugin": ".web_fetch_plugin",
    "WebFetchPluginId": ".web_fetch_plugin_id",
    "WebPlugin": ".web_plugin",
    "WebPluginId": ".web_plugin_id",
    "WebSearchUserLocation": ".web_search_user_location",
    "WebSearchUserLocationType": ".web_search_user_location_type",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ApiKey",
    "AuthKeysRequest",
    "AuthKeysResponse",
    "AutoBetaRouterPlugin",
    "AutoBetaRouterPluginId",
    "AutoRouterPlugin",
    "AutoRouterPluginId",
    "CacheControl",
    "ChatAnnotation",
    "ChatAssistantImage",
    "ChatAssistantMessage",
    "ChatAssistantMessageRole",
    "ChatAudioOutput",
    "ChatChoice",
    "ChatChoiceError",
    "ChatChoiceErrorMetadataType0",
    "ChatContentAudio",
    "ChatContentAudioType",
    "ChatContentFile",
    "ChatContentFileType",
    "ChatContentImage",
    "ChatContentImageType",
    "ChatContentText",
    "ChatContentTextType",
    "ChatContentVideo",
    "ChatContentVideoLegacy",
    "ChatContentVideoLegacyType",
    "ChatContentVideoType",
    "ChatDebugOptions",
    "ChatDeveloperMessage",
    "ChatDeveloperMessageRole",
    "ChatFile",
    "ChatFunctionDefinition",
    "ChatFunctionDefinitionParameters",
    "ChatFunctionTool",
    "ChatFunctionToolType",
    "ChatImageUrl",
    "ChatInputAudio",
    "ChatLogprobs",
    "ChatNamedToolChoice",
    "ChatNamedToolChoiceFunction",
    "ChatNamedToolChoiceType",
    "ChatRequest",
    "ChatRequestImageConfig",
    "ChatRequestLogitBiasType0",
    "ChatRequestMetadata",
    "ChatRequestWebSearchOptions",
    "ChatResponseMessage",
    "ChatResult",
    "ChatResultOpenrouterMetadata",
    "ChatServerTool",
    "ChatServerToolChoice",
    "ChatServerToolParameters",
    "ChatStreamChoice",
    "ChatStreamChunk",
    "ChatStreamChunkDebug",
    "ChatStreamChunkOpenrouterMetadata",
    "ChatStreamDelta",
    "ChatStreamError",
    "ChatStreamErrorMetadata",
    "ChatStreamEvent",
    "ChatStreamOptions",
    "ChatStreamToolCall",
    "ChatStreamToolCallFunction",
    "ChatSystemMessage",
    "ChatSystemMessageRole",
    "ChatTokenLogprob",
    "ChatToolCall",
    "ChatToolCallFunction",
    "ChatToolMessage",
    "ChatToolMessageRole",
    "ChatTopLogprob",
    "ChatUsage",
    "ChatUserMessage",
    "ChatUserMessageRole",
    "ChatVideoUrl",
    "CompletionTokensDetails",
    "ContextCompressionPlugin",
    "ContextCompressionPluginId",
    "CostDetails",
    "CreateKeyRequest",
    "CreateKeyResponse",
    "Credits",
    "CreditsResponse",
    "CurrentKey",
    "CurrentKeyResponse",
    "DefaultParameters",
    "DeleteKeyResponse",
    "Embedding",
    "EmbeddingsContentPart",
    "EmbeddingsMultimodalInput",
    "EmbeddingsPromptTokensDetails",
    "EmbeddingsRequest",
    "EmbeddingsRequestEncodingFormat",
    "EmbeddingsResponse",
    "EmbeddingsUsage",
    "ErrorObject",
    "ErrorObjectAvailability",
    "ErrorObjectMetadataType0",
    "ErrorResponse",
    "ErrorResponseOpenrouterMetadataType0",
    "FileParserPdfOptions",
    "FileParserPlugin",
    "FileParserPluginId",
    "FusionPlugin",
    "FusionPluginId",
    "FusionPluginTool",
    "FusionPluginToolParameters",
    "Generation",
    "GenerationResponse",
    "JsonSchemaConfig",
    "JsonSchemaConfigSchema",
    "KeyRateLimit",
    "KeyResponse",
    "KeysListResponse",
    "Model",
    "ModelAliasTarget",
    "ModelArchitecture",
    "ModelBenchmarks",
    "ModelEndpoints",
    "ModelEndpointsResponse",
    "ModelLinks",
    "ModelReasoning",
    "ModelsCount",
    "ModelsCountResponse",
    "ModelsListLinks",
    "ModelsListResponse",
    "ModerationPlugin",
    "ModerationPluginId",
    "ParetoRouterPlugin",
    "ParetoRouterPluginId",
    "PercentileStats",
    "PercentileThresholds",
    "PerRequestLimits",
    "Prediction",
    "PredictionType",
    "Pricing",
    "PricingOverridesItem",
    "PromptCacheBreakpoint",
    "PromptCacheOptions",
    "PromptTokensDetails",
    "ProviderInfo",
    "ProviderMaxPrice",
    "ProviderPreferences",
    "ProviderResponse",
    "ProviderSortConfig",
    "ProvidersResponse",
    "PublicEndpoint",
    "ReasoningConfig",
    "ReasoningDetail",
    "ResponseFormatGrammar",
    "ResponseFormatGrammarType",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectType",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaType",
    "ResponseFormatPython",
    "ResponseFormatPythonType",
    "ResponseFormatText",
    "ResponseFormatTextType",
    "ResponseHealingPlugin",
    "ResponseHealingPluginId",
    "ServerToolUseDetails",
    "StopServerToolsCondition",
    "TopProviderInfo",
    "TraceConfig",
    "UpdateKeyRequest",
    "UrlCitation",
    "UsageOptions",
    "WebFetchPlugin",
    "WebFetchPluginId",
    "WebPlugin",
    "WebPluginId",
    "WebSearchUserLocation",
    "WebSearchUserLocationType",
)
