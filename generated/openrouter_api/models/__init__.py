"""Contains all the data models used in inputs/outputs"""

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
