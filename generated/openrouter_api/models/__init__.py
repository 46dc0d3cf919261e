"""Contains all the data models used in inputs/outputs

Imported lazily (PEP 562): a model module is loaded the first time its name is used, so
importing the package does not import every model.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aa_benchmark_entry import AABenchmarkEntry
    from .activity_item import ActivityItem
    from .activity_response import ActivityResponse
    from .additional_tools_item import AdditionalToolsItem
    from .additional_tools_item_role import AdditionalToolsItemRole
    from .additional_tools_item_tools_item_function import (
        AdditionalToolsItemToolsItemFunction,
    )
    from .additional_tools_item_tools_item_variant_28 import (
        AdditionalToolsItemToolsItemVariant28,
    )
    from .additional_tools_item_type import AdditionalToolsItemType
    from .advisor_reasoning import AdvisorReasoning
    from .advisor_reasoning_effort import AdvisorReasoningEffort
    from .advisor_server_tool_config import AdvisorServerToolConfig
    from .advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from .advisor_server_tool_open_router_type import AdvisorServerToolOpenRouterType
    from .agent_message_item import AgentMessageItem
    from .agent_message_item_agent_type_0 import AgentMessageItemAgentType0
    from .agent_message_item_content_item_encrypted_content import (
        AgentMessageItemContentItemEncryptedContent,
    )
    from .agent_message_item_content_item_encrypted_content_type import (
        AgentMessageItemContentItemEncryptedContentType,
    )
    from .agent_message_item_content_item_input_image import (
        AgentMessageItemContentItemInputImage,
    )
    from .agent_message_item_type import AgentMessageItemType
    from .annotation_added_event import AnnotationAddedEvent
    from .anthropic_advisor_message_usage_iteration import (
        AnthropicAdvisorMessageUsageIteration,
    )
    from .anthropic_advisor_message_usage_iteration_type import (
        AnthropicAdvisorMessageUsageIterationType,
    )
    from .anthropic_advisor_tool_result import AnthropicAdvisorToolResult
    from .anthropic_advisor_tool_result_content import AnthropicAdvisorToolResultContent
    from .anthropic_advisor_tool_result_type import AnthropicAdvisorToolResultType
    from .anthropic_allowed_callers_item import AnthropicAllowedCallersItem
    from .anthropic_base_64_image_source import AnthropicBase64ImageSource
    from .anthropic_base_64_image_source_type import AnthropicBase64ImageSourceType
    from .anthropic_base_64_pdf_source import AnthropicBase64PdfSource
    from .anthropic_base_64_pdf_source_media_type import (
        AnthropicBase64PdfSourceMediaType,
    )
    from .anthropic_base_64_pdf_source_type import AnthropicBase64PdfSourceType
    from .anthropic_base_usage_iteration import AnthropicBaseUsageIteration
    from .anthropic_bash_code_execution_output import AnthropicBashCodeExecutionOutput
    from .anthropic_bash_code_execution_output_type import (
        AnthropicBashCodeExecutionOutputType,
    )
    from .anthropic_bash_code_execution_result import AnthropicBashCodeExecutionResult
    from .anthropic_bash_code_execution_result_type import (
        AnthropicBashCodeExecutionResultType,
    )
    from .anthropic_bash_code_execution_tool_result import (
        AnthropicBashCodeExecutionToolResult,
    )
    from .anthropic_bash_code_execution_tool_result_error import (
        AnthropicBashCodeExecutionToolResultError,
    )
    from .anthropic_bash_code_execution_tool_result_error_type import (
        AnthropicBashCodeExecutionToolResultErrorType,
    )
    from .anthropic_bash_code_execution_tool_result_type import (
        AnthropicBashCodeExecutionToolResultType,
    )
    from .anthropic_cache_control_directive import AnthropicCacheControlDirective
    from .anthropic_cache_control_directive_type import (
        AnthropicCacheControlDirectiveType,
    )
    from .anthropic_cache_creation import AnthropicCacheCreation
    from .anthropic_citation_char_location import AnthropicCitationCharLocation
    from .anthropic_citation_char_location_param import (
        AnthropicCitationCharLocationParam,
    )
    from .anthropic_citation_char_location_param_type import (
        AnthropicCitationCharLocationParamType,
    )
    from .anthropic_citation_char_location_type import AnthropicCitationCharLocationType
    from .anthropic_citation_content_block_location import (
        AnthropicCitationContentBlockLocation,
    )
    from .anthropic_citation_content_block_location_param import (
        AnthropicCitationContentBlockLocationParam,
    )
    from .anthropic_citation_content_block_location_param_type import (
        AnthropicCitationContentBlockLocationParamType,
    )
    from .anthropic_citation_content_block_location_type import (
        AnthropicCitationContentBlockLocationType,
    )
    from .anthropic_citation_page_location import AnthropicCitationPageLocation
    from .anthropic_citation_page_location_param import (
        AnthropicCitationPageLocationParam,
    )
    from .anthropic_citation_page_location_param_type import (
        AnthropicCitationPageLocationParamType,
    )
    from .anthropic_citation_page_location_type import AnthropicCitationPageLocationType
    from .anthropic_citation_search_result_location import (
        AnthropicCitationSearchResultLocation,
    )
    from .anthropic_citation_search_result_location_param import (
        AnthropicCitationSearchResultLocationParam,
    )
    from .anthropic_citation_search_result_location_param_type import (
        AnthropicCitationSearchResultLocationParamType,
    )
    from .anthropic_citation_search_result_location_type import (
        AnthropicCitationSearchResultLocationType,
    )
    from .anthropic_citation_web_search_result_location import (
        AnthropicCitationWebSearchResultLocation,
    )
    from .anthropic_citation_web_search_result_location_param import (
        AnthropicCitationWebSearchResultLocationParam,
    )
    from .anthropic_citation_web_search_result_location_param_type import (
        AnthropicCitationWebSearchResultLocationParamType,
    )
    from .anthropic_citation_web_search_result_location_type import (
        AnthropicCitationWebSearchResultLocationType,
    )
    from .anthropic_citations_config import AnthropicCitationsConfig
    from .anthropic_code_execution_20250825_caller import (
        AnthropicCodeExecution20250825Caller,
    )
    from .anthropic_code_execution_20250825_caller_type import (
        AnthropicCodeExecution20250825CallerType,
    )
    from .anthropic_code_execution_20260120_caller import (
        AnthropicCodeExecution20260120Caller,
    )
    from .anthropic_code_execution_20260120_caller_type import (
        AnthropicCodeExecution20260120CallerType,
    )
    from .anthropic_code_execution_output import AnthropicCodeExecutionOutput
    from .anthropic_code_execution_output_type import AnthropicCodeExecutionOutputType
    from .anthropic_code_execution_result import AnthropicCodeExecutionResult
    from .anthropic_code_execution_result_type import AnthropicCodeExecutionResultType
    from .anthropic_code_execution_tool_result import AnthropicCodeExecutionToolResult
    from .anthropic_code_execution_tool_result_error import (
        AnthropicCodeExecutionToolResultError,
    )
    from .anthropic_code_execution_tool_result_error_type import (
        AnthropicCodeExecutionToolResultErrorType,
    )
    from .anthropic_code_execution_tool_result_type import (
        AnthropicCodeExecutionToolResultType,
    )
    from .anthropic_compaction_block import AnthropicCompactionBlock
    from .anthropic_compaction_block_type import AnthropicCompactionBlockType
    from .anthropic_compaction_usage_iteration import AnthropicCompactionUsageIteration
    from .anthropic_compaction_usage_iteration_type import (
        AnthropicCompactionUsageIterationType,
    )
    from .anthropic_container import AnthropicContainer
    from .anthropic_container_upload import AnthropicContainerUpload
    from .anthropic_container_upload_type import AnthropicContainerUploadType
    from .anthropic_direct_caller import AnthropicDirectCaller
    from .anthropic_direct_caller_type import AnthropicDirectCallerType
    from .anthropic_document_block import AnthropicDocumentBlock
    from .anthropic_document_block_param import AnthropicDocumentBlockParam
    from .anthropic_document_block_param_citations_type_0 import (
        AnthropicDocumentBlockParamCitationsType0,
    )
    from .anthropic_document_block_param_source_content import (
        AnthropicDocumentBlockParamSourceContent,
    )
    from .anthropic_document_block_param_source_content_type import (
        AnthropicDocumentBlockParamSourceContentType,
    )
    from .anthropic_document_block_param_type import AnthropicDocumentBlockParamType
    from .anthropic_document_block_type import AnthropicDocumentBlockType
    from .anthropic_encrypted_code_execution_result import (
        AnthropicEncryptedCodeExecutionResult,
    )
    from .anthropic_encrypted_code_execution_result_type import (
        AnthropicEncryptedCodeExecutionResultType,
    )
    from .anthropic_file import AnthropicFile
    from .anthropic_file_deleted import AnthropicFileDeleted
    from .anthropic_file_deleted_shape import AnthropicFileDeletedShape
    from .anthropic_file_deleted_type import AnthropicFileDeletedType
    from .anthropic_file_document_source import AnthropicFileDocumentSource
    from .anthropic_file_document_source_type import AnthropicFileDocumentSourceType
    from .anthropic_file_list import AnthropicFileList
    from .anthropic_file_list_shape import AnthropicFileListShape
    from .anthropic_file_shape import AnthropicFileShape
    from .anthropic_file_type import AnthropicFileType
    from .anthropic_image_block_param import AnthropicImageBlockParam
    from .anthropic_image_block_param_type import AnthropicImageBlockParamType
    from .anthropic_image_mime_type import AnthropicImageMimeType
    from .anthropic_input_tokens_clear_at_least import AnthropicInputTokensClearAtLeast
    from .anthropic_input_tokens_clear_at_least_type import (
        AnthropicInputTokensClearAtLeastType,
    )
    from .anthropic_input_tokens_trigger import AnthropicInputTokensTrigger
    from .anthropic_input_tokens_trigger_type import AnthropicInputTokensTriggerType
    from .anthropic_iteration_cache_creation import AnthropicIterationCacheCreation
    from .anthropic_message_usage_iteration import AnthropicMessageUsageIteration
    from .anthropic_message_usage_iteration_type import (
        AnthropicMessageUsageIterationType,
    )
    from .anthropic_messages_error_response import AnthropicMessagesErrorResponse
    from .anthropic_messages_error_response_error import (
        AnthropicMessagesErrorResponseError,
    )
    from .anthropic_messages_error_response_metadata import (
        AnthropicMessagesErrorResponseMetadata,
    )
    from .anthropic_messages_error_response_type import (
        AnthropicMessagesErrorResponseType,
    )
    from .anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from .anthropic_plain_text_source import AnthropicPlainTextSource
    from .anthropic_plain_text_source_media_type import (
        AnthropicPlainTextSourceMediaType,
    )
    from .anthropic_plain_text_source_type import AnthropicPlainTextSourceType
    from .anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock
    from .anthropic_redacted_thinking_block_type import (
        AnthropicRedactedThinkingBlockType,
    )
    from .anthropic_refusal_stop_details import AnthropicRefusalStopDetails
    from .anthropic_refusal_stop_details_type import AnthropicRefusalStopDetailsType
    from .anthropic_search_result_block_param import AnthropicSearchResultBlockParam
    from .anthropic_search_result_block_param_citations import (
        AnthropicSearchResultBlockParamCitations,
    )
    from .anthropic_search_result_block_param_type import (
        AnthropicSearchResultBlockParamType,
    )
    from .anthropic_server_tool_usage import AnthropicServerToolUsage
    from .anthropic_text_block import AnthropicTextBlock
    from .anthropic_text_block_param import AnthropicTextBlockParam
    from .anthropic_text_block_param_type import AnthropicTextBlockParamType
    from .anthropic_text_block_type import AnthropicTextBlockType
    from .anthropic_text_editor_code_execution_create_result import (
        AnthropicTextEditorCodeExecutionCreateResult,
    )
    from .anthropic_text_editor_code_execution_create_result_type import (
        AnthropicTextEditorCodeExecutionCreateResultType,
    )
    from .anthropic_text_editor_code_execution_str_replace_result import (
        AnthropicTextEditorCodeExecutionStrReplaceResult,
    )
    from .anthropic_text_editor_code_execution_str_replace_result_type import (
        AnthropicTextEditorCodeExecutionStrReplaceResultType,
    )
    from .anthropic_text_editor_code_execution_tool_result import (
        AnthropicTextEditorCodeExecutionToolResult,
    )
    from .anthropic_text_editor_code_execution_tool_result_error import (
        AnthropicTextEditorCodeExecutionToolResultError,
    )
    from .anthropic_text_editor_code_execution_tool_result_error_type import (
        AnthropicTextEditorCodeExecutionToolResultErrorType,
    )
    from .anthropic_text_editor_code_execution_tool_result_type import (
        AnthropicTextEditorCodeExecutionToolResultType,
    )
    from .anthropic_text_editor_code_execution_view_result import (
        AnthropicTextEditorCodeExecutionViewResult,
    )
    from .anthropic_text_editor_code_execution_view_result_type import (
        AnthropicTextEditorCodeExecutionViewResultType,
    )
    from .anthropic_thinking_block import AnthropicThinkingBlock
    from .anthropic_thinking_block_type import AnthropicThinkingBlockType
    from .anthropic_thinking_display import AnthropicThinkingDisplay
    from .anthropic_thinking_turns import AnthropicThinkingTurns
    from .anthropic_thinking_turns_type import AnthropicThinkingTurnsType
    from .anthropic_tool_reference import AnthropicToolReference
    from .anthropic_tool_reference_type import AnthropicToolReferenceType
    from .anthropic_tool_search_result import AnthropicToolSearchResult
    from .anthropic_tool_search_result_error import AnthropicToolSearchResultError
    from .anthropic_tool_search_result_error_type import (
        AnthropicToolSearchResultErrorType,
    )
    from .anthropic_tool_search_result_type import AnthropicToolSearchResultType
    from .anthropic_tool_search_tool_bm_25 import AnthropicToolSearchToolBm25
    from .anthropic_tool_search_tool_bm_25_name import AnthropicToolSearchToolBm25Name
    from .anthropic_tool_search_tool_bm_25_type import AnthropicToolSearchToolBm25Type
    from .anthropic_tool_search_tool_regex import AnthropicToolSearchToolRegex
    from .anthropic_tool_search_tool_regex_name import AnthropicToolSearchToolRegexName
    from .anthropic_tool_search_tool_regex_type import AnthropicToolSearchToolRegexType
    from .anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from .anthropic_tool_search_tool_result_type import (
        AnthropicToolSearchToolResultType,
    )
    from .anthropic_tool_use_block import AnthropicToolUseBlock
    from .anthropic_tool_use_block_type import AnthropicToolUseBlockType
    from .anthropic_tool_uses_keep import AnthropicToolUsesKeep
    from .anthropic_tool_uses_keep_type import AnthropicToolUsesKeepType
    from .anthropic_tool_uses_trigger import AnthropicToolUsesTrigger
    from .anthropic_tool_uses_trigger_type import AnthropicToolUsesTriggerType
    from .anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration
    from .anthropic_url_image_source import AnthropicUrlImageSource
    from .anthropic_url_image_source_type import AnthropicUrlImageSourceType
    from .anthropic_url_pdf_source import AnthropicUrlPdfSource
    from .anthropic_url_pdf_source_type import AnthropicUrlPdfSourceType
    from .anthropic_usage import AnthropicUsage
    from .anthropic_web_fetch_block import AnthropicWebFetchBlock
    from .anthropic_web_fetch_block_type import AnthropicWebFetchBlockType
    from .anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from .anthropic_web_fetch_tool_result_error import AnthropicWebFetchToolResultError
    from .anthropic_web_fetch_tool_result_error_type import (
        AnthropicWebFetchToolResultErrorType,
    )
    from .anthropic_web_fetch_tool_result_type import AnthropicWebFetchToolResultType
    from .anthropic_web_search_result import AnthropicWebSearchResult
    from .anthropic_web_search_result_block_param import (
        AnthropicWebSearchResultBlockParam,
    )
    from .anthropic_web_search_result_block_param_type import (
        AnthropicWebSearchResultBlockParamType,
    )
    from .anthropic_web_search_result_type import AnthropicWebSearchResultType
    from .anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from .anthropic_web_search_tool_result_error import (
        AnthropicWebSearchToolResultError,
    )
    from .anthropic_web_search_tool_result_error_type import (
        AnthropicWebSearchToolResultErrorType,
    )
    from .anthropic_web_search_tool_result_type import AnthropicWebSearchToolResultType
    from .anthropic_web_search_tool_user_location import (
        AnthropicWebSearchToolUserLocation,
    )
    from .anthropic_web_search_tool_user_location_type import (
        AnthropicWebSearchToolUserLocationType,
    )
    from .app_rankings_item import AppRankingsItem
    from .app_rankings_response import AppRankingsResponse
    from .apply_patch_call_item import ApplyPatchCallItem
    from .apply_patch_call_item_type import ApplyPatchCallItemType
    from .apply_patch_call_operation_diff_delta_event import (
        ApplyPatchCallOperationDiffDeltaEvent,
    )
    from .apply_patch_call_operation_diff_delta_event_type import (
        ApplyPatchCallOperationDiffDeltaEventType,
    )
    from .apply_patch_call_operation_diff_done_event import (
        ApplyPatchCallOperationDiffDoneEvent,
    )
    from .apply_patch_call_operation_diff_done_event_type import (
        ApplyPatchCallOperationDiffDoneEventType,
    )
    from .apply_patch_call_output_item import ApplyPatchCallOutputItem
    from .apply_patch_call_output_item_type import ApplyPatchCallOutputItemType
    from .apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from .apply_patch_create_file_operation_type import (
        ApplyPatchCreateFileOperationType,
    )
    from .apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from .apply_patch_delete_file_operation_type import (
        ApplyPatchDeleteFileOperationType,
    )
    from .apply_patch_engine_enum import ApplyPatchEngineEnum
    from .apply_patch_server_tool import ApplyPatchServerTool
    from .apply_patch_server_tool_config import ApplyPatchServerToolConfig
    from .apply_patch_server_tool_open_router import ApplyPatchServerToolOpenRouter
    from .apply_patch_server_tool_open_router_type import (
        ApplyPatchServerToolOpenRouterType,
    )
    from .apply_patch_server_tool_type import ApplyPatchServerToolType
    from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
    from .apply_patch_update_file_operation_type import (
        ApplyPatchUpdateFileOperationType,
    )
    from .auto_beta_router_plugin import AutoBetaRouterPlugin
    from .auto_beta_router_plugin_cost_tier import AutoBetaRouterPluginCostTier
    from .auto_beta_router_plugin_id import AutoBetaRouterPluginId
    from .auto_router_plugin import AutoRouterPlugin
    from .auto_router_plugin_cost_tier import AutoRouterPluginCostTier
    from .auto_router_plugin_id import AutoRouterPluginId
    from .bad_gateway_response import BadGatewayResponse
    from .bad_gateway_response_error_data import BadGatewayResponseErrorData
    from .bad_gateway_response_error_data_metadata_type_0 import (
        BadGatewayResponseErrorDataMetadataType0,
    )
    from .bad_request_response import BadRequestResponse
    from .bad_request_response_error_data import BadRequestResponseErrorData
    from .bad_request_response_error_data_metadata_type_0 import (
        BadRequestResponseErrorDataMetadataType0,
    )
    from .base_annotation_added_event import BaseAnnotationAddedEvent
    from .base_annotation_added_event_type import BaseAnnotationAddedEventType
    from .base_content_part_added_event import BaseContentPartAddedEvent
    from .base_content_part_added_event_type import BaseContentPartAddedEventType
    from .base_content_part_done_event import BaseContentPartDoneEvent
    from .base_content_part_done_event_type import BaseContentPartDoneEventType
    from .base_custom_tool_call_input_delta_event import (
        BaseCustomToolCallInputDeltaEvent,
    )
    from .base_custom_tool_call_input_delta_event_type import (
        BaseCustomToolCallInputDeltaEventType,
    )
    from .base_custom_tool_call_input_done_event import BaseCustomToolCallInputDoneEvent
    from .base_custom_tool_call_input_done_event_type import (
        BaseCustomToolCallInputDoneEventType,
    )
    from .base_error_event import BaseErrorEvent
    from .base_error_event_type import BaseErrorEventType
    from .base_function_call_args_delta_event import BaseFunctionCallArgsDeltaEvent
    from .base_function_call_args_delta_event_type import (
        BaseFunctionCallArgsDeltaEventType,
    )
    from .base_function_call_args_done_event import BaseFunctionCallArgsDoneEvent
    from .base_function_call_args_done_event_type import (
        BaseFunctionCallArgsDoneEventType,
    )
    from .base_inputs_item_message import BaseInputsItemMessage
    from .base_inputs_item_message_phase_type_0 import BaseInputsItemMessagePhaseType0
    from .base_inputs_item_message_phase_type_1 import BaseInputsItemMessagePhaseType1
    from .base_inputs_item_message_role_type_0 import BaseInputsItemMessageRoleType0
    from .base_inputs_item_message_role_type_1 import BaseInputsItemMessageRoleType1
    from .base_inputs_item_message_role_type_2 import BaseInputsItemMessageRoleType2
    from .base_inputs_item_message_role_type_3 import BaseInputsItemMessageRoleType3
    from .base_inputs_item_message_type import BaseInputsItemMessageType
    from .base_messages_result import BaseMessagesResult
    from .base_messages_result_role import BaseMessagesResultRole
    from .base_messages_result_type import BaseMessagesResultType
    from .base_messages_result_usage import BaseMessagesResultUsage
    from .base_reasoning_config import BaseReasoningConfig
    from .base_reasoning_delta_event import BaseReasoningDeltaEvent
    from .base_reasoning_delta_event_type import BaseReasoningDeltaEventType
    from .base_reasoning_done_event import BaseReasoningDoneEvent
    from .base_reasoning_done_event_type import BaseReasoningDoneEventType
    from .base_reasoning_summary_part_added_event import (
        BaseReasoningSummaryPartAddedEvent,
    )
    from .base_reasoning_summary_part_added_event_type import (
        BaseReasoningSummaryPartAddedEventType,
    )
    from .base_reasoning_summary_part_done_event import (
        BaseReasoningSummaryPartDoneEvent,
    )
    from .base_reasoning_summary_part_done_event_type import (
        BaseReasoningSummaryPartDoneEventType,
    )
    from .base_reasoning_summary_text_delta_event import (
        BaseReasoningSummaryTextDeltaEvent,
    )
    from .base_reasoning_summary_text_delta_event_type import (
        BaseReasoningSummaryTextDeltaEventType,
    )
    from .base_reasoning_summary_text_done_event import (
        BaseReasoningSummaryTextDoneEvent,
    )
    from .base_reasoning_summary_text_done_event_type import (
        BaseReasoningSummaryTextDoneEventType,
    )
    from .base_refusal_delta_event import BaseRefusalDeltaEvent
    from .base_refusal_delta_event_type import BaseRefusalDeltaEventType
    from .base_refusal_done_event import BaseRefusalDoneEvent
    from .base_refusal_done_event_type import BaseRefusalDoneEventType
    from .base_responses_result import BaseResponsesResult
    from .base_responses_result_object import BaseResponsesResultObject
    from .base_responses_result_tools_item_function import (
        BaseResponsesResultToolsItemFunction,
    )
    from .base_text_delta_event import BaseTextDeltaEvent
    from .base_text_delta_event_type import BaseTextDeltaEventType
    from .base_text_done_event import BaseTextDoneEvent
    from .base_text_done_event_type import BaseTextDoneEventType
    from .bash_server_tool import BashServerTool
    from .bash_server_tool_config import BashServerToolConfig
    from .bash_server_tool_engine import BashServerToolEngine
    from .bash_server_tool_type import BashServerToolType
    from .boolean_capability import BooleanCapability
    from .boolean_capability_type import BooleanCapabilityType
    from .bulk_add_workspace_members_request import BulkAddWorkspaceMembersRequest
    from .bulk_add_workspace_members_response import BulkAddWorkspaceMembersResponse
    from .bulk_assign_keys_request import BulkAssignKeysRequest
    from .bulk_assign_keys_response import BulkAssignKeysResponse
    from .bulk_assign_members_request import BulkAssignMembersRequest
    from .bulk_assign_members_response import BulkAssignMembersResponse
    from .bulk_remove_workspace_members_request import BulkRemoveWorkspaceMembersRequest
    from .bulk_remove_workspace_members_response import (
        BulkRemoveWorkspaceMembersResponse,
    )
    from .bulk_unassign_keys_request import BulkUnassignKeysRequest
    from .bulk_unassign_keys_response import BulkUnassignKeysResponse
    from .bulk_unassign_members_request import BulkUnassignMembersRequest
    from .bulk_unassign_members_response import BulkUnassignMembersResponse
    from .byok_key import BYOKKey
    from .chat_annotation import ChatAnnotation
    from .chat_assistant_images_item import ChatAssistantImagesItem
    from .chat_assistant_images_item_image_url import ChatAssistantImagesItemImageUrl
    from .chat_assistant_message import ChatAssistantMessage
    from .chat_audio_output import ChatAudioOutput
    from .chat_choice import ChatChoice
    from .chat_choice_error import ChatChoiceError
    from .chat_choice_error_metadata_type_0 import ChatChoiceErrorMetadataType0
    from .chat_content_audio import ChatContentAudio
    from .chat_content_audio_input_audio import ChatContentAudioInputAudio
    from .chat_content_audio_type import ChatContentAudioType
    from .chat_content_cache_control import ChatContentCacheControl
    from .chat_content_file import ChatContentFile
    from .chat_content_file_file import ChatContentFileFile
    from .chat_content_file_type import ChatContentFileType
    from .chat_content_image import ChatContentImage
    from .chat_content_image_image_url import ChatContentImageImageUrl
    from .chat_content_image_type import ChatContentImageType
    from .chat_content_text import ChatContentText
    from .chat_content_text_type import ChatContentTextType
    from .chat_content_video import ChatContentVideo
    from .chat_content_video_input import ChatContentVideoInput
    from .chat_content_video_type import ChatContentVideoType
    from .chat_debug_options import ChatDebugOptions
    from .chat_developer_message import ChatDeveloperMessage
    from .chat_developer_message_role import ChatDeveloperMessageRole
    from .chat_format_grammar_config import ChatFormatGrammarConfig
    from .chat_format_grammar_config_type import ChatFormatGrammarConfigType
    from .chat_format_json_object_config import ChatFormatJsonObjectConfig
    from .chat_format_json_object_config_type import ChatFormatJsonObjectConfigType
    from .chat_format_json_schema_config import ChatFormatJsonSchemaConfig
    from .chat_format_json_schema_config_type import ChatFormatJsonSchemaConfigType
    from .chat_format_python_config import ChatFormatPythonConfig
    from .chat_format_python_config_type import ChatFormatPythonConfigType
    from .chat_format_text_config import ChatFormatTextConfig
    from .chat_format_text_config_type import ChatFormatTextConfigType
    from .chat_function_tool_function import ChatFunctionToolFunction
    from .chat_function_tool_function_function import ChatFunctionToolFunctionFunction
    from .chat_function_tool_function_function_parameters import (
        ChatFunctionToolFunctionFunctionParameters,
    )
    from .chat_function_tool_function_type import ChatFunctionToolFunctionType
    from .chat_json_schema_config import ChatJsonSchemaConfig
    from .chat_json_schema_config_schema import ChatJsonSchemaConfigSchema
    from .chat_named_tool_choice import ChatNamedToolChoice
    from .chat_named_tool_choice_function import ChatNamedToolChoiceFunction
    from .chat_named_tool_choice_type import ChatNamedToolChoiceType
    from .chat_reasoning_summary_verbosity_enum import ChatReasoningSummaryVerbosityEnum
    from .chat_request import ChatRequest
    from .chat_request_logit_bias_type_0 import ChatRequestLogitBiasType0
    from .chat_request_metadata import ChatRequestMetadata
    from .chat_request_modalities_item import ChatRequestModalitiesItem
    from .chat_request_reasoning import ChatRequestReasoning
    from .chat_request_reasoning_effort_type_1 import ChatRequestReasoningEffortType1
    from .chat_request_reasoning_effort_type_2_type_1 import (
        ChatRequestReasoningEffortType2Type1,
    )
    from .chat_request_reasoning_effort_type_3_type_1 import (
        ChatRequestReasoningEffortType3Type1,
    )
    from .chat_request_service_tier_type_1 import ChatRequestServiceTierType1
    from .chat_request_service_tier_type_2_type_1 import (
        ChatRequestServiceTierType2Type1,
    )
    from .chat_request_service_tier_type_3_type_1 import (
        ChatRequestServiceTierType3Type1,
    )
    from .chat_request_usage import ChatRequestUsage
    from .chat_request_web_search_options import ChatRequestWebSearchOptions
    from .chat_result import ChatResult
    from .chat_result_object import ChatResultObject
    from .chat_search_models_server_tool import ChatSearchModelsServerTool
    from .chat_search_models_server_tool_type import ChatSearchModelsServerToolType
    from .chat_server_tool_choice import ChatServerToolChoice
    from .chat_stream_choice import ChatStreamChoice
    from .chat_stream_chunk import ChatStreamChunk
    from .chat_stream_chunk_debug import ChatStreamChunkDebug
    from .chat_stream_chunk_error import ChatStreamChunkError
    from .chat_stream_chunk_error_metadata import ChatStreamChunkErrorMetadata
    from .chat_stream_chunk_object import ChatStreamChunkObject
    from .chat_stream_delta import ChatStreamDelta
    from .chat_stream_options import ChatStreamOptions
    from .chat_stream_tool_call import ChatStreamToolCall
    from .chat_stream_tool_call_function import ChatStreamToolCallFunction
    from .chat_stream_tool_call_type import ChatStreamToolCallType
    from .chat_streaming_response import ChatStreamingResponse
    from .chat_system_message import ChatSystemMessage
    from .chat_system_message_role import ChatSystemMessageRole
    from .chat_token_logprob import ChatTokenLogprob
    from .chat_token_logprob_top_logprobs_item import ChatTokenLogprobTopLogprobsItem
    from .chat_token_logprobs import ChatTokenLogprobs
    from .chat_tool_call import ChatToolCall
    from .chat_tool_call_function import ChatToolCallFunction
    from .chat_tool_call_type import ChatToolCallType
    from .chat_tool_choice_type_0 import ChatToolChoiceType0
    from .chat_tool_choice_type_1 import ChatToolChoiceType1
    from .chat_tool_choice_type_2 import ChatToolChoiceType2
    from .chat_tool_message import ChatToolMessage
    from .chat_tool_message_role import ChatToolMessageRole
    from .chat_url_citation import ChatUrlCitation
    from .chat_usage import ChatUsage
    from .chat_usage_completion_tokens_details_type_0 import (
        ChatUsageCompletionTokensDetailsType0,
    )
    from .chat_usage_prompt_tokens_details_type_0 import (
        ChatUsagePromptTokensDetailsType0,
    )
    from .chat_user_message import ChatUserMessage
    from .chat_user_message_role import ChatUserMessageRole
    from .chat_web_search_shorthand import ChatWebSearchShorthand
    from .chat_web_search_shorthand_type import ChatWebSearchShorthandType
    from .code_interpreter_call_code_delta_event import (
        CodeInterpreterCallCodeDeltaEvent,
    )
    from .code_interpreter_call_code_done_event import CodeInterpreterCallCodeDoneEvent
    from .code_interpreter_call_completed_event import CodeInterpreterCallCompletedEvent
    from .code_interpreter_call_in_progress_event import (
        CodeInterpreterCallInProgressEvent,
    )
    from .code_interpreter_call_interpreting_event import (
        CodeInterpreterCallInterpretingEvent,
    )
    from .code_interpreter_call_item import CodeInterpreterCallItem
    from .code_interpreter_file_output import CodeInterpreterFileOutput
    from .code_interpreter_file_output_type import CodeInterpreterFileOutputType
    from .code_interpreter_image_output import CodeInterpreterImageOutput
    from .code_interpreter_image_output_type import CodeInterpreterImageOutputType
    from .code_interpreter_logs_output import CodeInterpreterLogsOutput
    from .code_interpreter_logs_output_type import CodeInterpreterLogsOutputType
    from .code_interpreter_server_tool import CodeInterpreterServerTool
    from .code_interpreter_server_tool_container_auto import (
        CodeInterpreterServerToolContainerAuto,
    )
    from .code_interpreter_server_tool_container_auto_type import (
        CodeInterpreterServerToolContainerAutoType,
    )
    from .code_interpreter_server_tool_type import CodeInterpreterServerToolType
    from .codex_local_shell_tool import CodexLocalShellTool
    from .codex_local_shell_tool_type import CodexLocalShellToolType
    from .compaction_item import CompactionItem
    from .compaction_item_type import CompactionItemType
    from .completed_event import CompletedEvent
    from .completed_event_type import CompletedEventType
    from .compound_filter import CompoundFilter
    from .compound_filter_filters_item import CompoundFilterFiltersItem
    from .compound_filter_type import CompoundFilterType
    from .computer_use_server_tool import ComputerUseServerTool
    from .computer_use_server_tool_type import ComputerUseServerToolType
    from .conflict_response import ConflictResponse
    from .conflict_response_error_data import ConflictResponseErrorData
    from .conflict_response_error_data_metadata_type_0 import (
        ConflictResponseErrorDataMetadataType0,
    )
    from .container_auto_environment import ContainerAutoEnvironment
    from .container_auto_environment_type import ContainerAutoEnvironmentType
    from .container_reference_environment import ContainerReferenceEnvironment
    from .container_reference_environment_type import ContainerReferenceEnvironmentType
    from .content_filter_builtin_entry import ContentFilterBuiltinEntry
    from .content_filter_builtin_entry_input import ContentFilterBuiltinEntryInput
    from .content_filter_entry import ContentFilterEntry
    from .content_part_added_event import ContentPartAddedEvent
    from .content_part_added_event_type import ContentPartAddedEventType
    from .content_part_audio import ContentPartAudio
    from .content_part_audio_audio_url import ContentPartAudioAudioUrl
    from .content_part_audio_type import ContentPartAudioType
    from .content_part_done_event import ContentPartDoneEvent
    from .content_part_done_event_type import ContentPartDoneEventType
    from .content_part_image import ContentPartImage
    from .content_part_image_image_url import ContentPartImageImageUrl
    from .content_part_image_type import ContentPartImageType
    from .content_part_input_audio import ContentPartInputAudio
    from .content_part_input_audio_type import ContentPartInputAudioType
    from .content_part_input_file import ContentPartInputFile
    from .content_part_input_file_type import ContentPartInputFileType
    from .content_part_input_video import ContentPartInputVideo
    from .content_part_input_video_type import ContentPartInputVideoType
    from .content_part_video import ContentPartVideo
    from .content_part_video_type import ContentPartVideoType
    from .content_part_video_video_url import ContentPartVideoVideoUrl
    from .context_compaction_item import ContextCompactionItem
    from .context_compaction_item_type import ContextCompactionItemType
    from .context_compression_engine import ContextCompressionEngine
    from .context_compression_plugin import ContextCompressionPlugin
    from .context_compression_plugin_id import ContextCompressionPluginId
    from .cost_details import CostDetails
    from .create_auth_keys_code_request import CreateAuthKeysCodeRequest
    from .create_auth_keys_code_request_code_challenge_method import (
        CreateAuthKeysCodeRequestCodeChallengeMethod,
    )
    from .create_auth_keys_code_request_usage_limit_type import (
        CreateAuthKeysCodeRequestUsageLimitType,
    )
    from .create_auth_keys_code_response import CreateAuthKeysCodeResponse
    from .create_auth_keys_code_response_data import CreateAuthKeysCodeResponseData
    from .create_byok_key_request import CreateBYOKKeyRequest
    from .create_byok_key_response import CreateBYOKKeyResponse
    from .create_embeddings_request import CreateEmbeddingsRequest
    from .create_embeddings_request_encoding_format import (
        CreateEmbeddingsRequestEncodingFormat,
    )
    from .create_embeddings_request_input_item_content_item_image_url import (
        CreateEmbeddingsRequestInputItemContentItemImageUrl,
    )
    from .create_embeddings_request_input_item_content_item_image_url_image_url import (
        CreateEmbeddingsRequestInputItemContentItemImageUrlImageUrl,
    )
    from .create_embeddings_request_input_item_content_item_image_url_type import (
        CreateEmbeddingsRequestInputItemContentItemImageUrlType,
    )
    from .create_embeddings_request_input_item_content_item_text import (
        CreateEmbeddingsRequestInputItemContentItemText,
    )
    from .create_embeddings_request_input_item_content_item_text_type import (
        CreateEmbeddingsRequestInputItemContentItemTextType,
    )
    from .create_embeddings_request_input_type_4_item import (
        CreateEmbeddingsRequestInputType4Item,
    )
    from .create_embeddings_response import CreateEmbeddingsResponse
    from .create_embeddings_response_data_item import CreateEmbeddingsResponseDataItem
    from .create_embeddings_response_data_item_object import (
        CreateEmbeddingsResponseDataItemObject,
    )
    from .create_embeddings_response_object import CreateEmbeddingsResponseObject
    from .create_embeddings_response_usage import CreateEmbeddingsResponseUsage
    from .create_embeddings_response_usage_prompt_tokens_details import (
        CreateEmbeddingsResponseUsagePromptTokensDetails,
    )
    from .create_guardrail_request import CreateGuardrailRequest
    from .create_guardrail_response import CreateGuardrailResponse
    from .create_keys_request import CreateKeysRequest
    from .create_keys_request_limit_reset_type_1 import CreateKeysRequestLimitResetType1
    from .create_keys_request_limit_reset_type_2_type_1 import (
        CreateKeysRequestLimitResetType2Type1,
    )
    from .create_keys_request_limit_reset_type_3_type_1 import (
        CreateKeysRequestLimitResetType3Type1,
    )
    from .create_keys_response import CreateKeysResponse
    from .create_keys_response_data import CreateKeysResponseData
    from .create_observability_destination_request import (
        CreateObservabilityDestinationRequest,
    )
    from .create_observability_destination_request_config import (
        CreateObservabilityDestinationRequestConfig,
    )
    from .create_observability_destination_request_type import (
        CreateObservabilityDestinationRequestType,
    )
    from .create_observability_destination_response import (
        CreateObservabilityDestinationResponse,
    )
    from .create_preset_from_inference_response import CreatePresetFromInferenceResponse
    from .create_rerank_request import CreateRerankRequest
    from .create_rerank_request_documents_item_variant_1 import (
        CreateRerankRequestDocumentsItemVariant1,
    )
    from .create_rerank_response import CreateRerankResponse
    from .create_rerank_response_results_item import CreateRerankResponseResultsItem
    from .create_rerank_response_results_item_document import (
        CreateRerankResponseResultsItemDocument,
    )
    from .create_rerank_response_usage import CreateRerankResponseUsage
    from .create_scim_group_mapping_request import CreateScimGroupMappingRequest
    from .create_scim_group_mapping_request_role import (
        CreateScimGroupMappingRequestRole,
    )
    from .create_scim_group_mapping_response import CreateScimGroupMappingResponse
    from .create_workspace_request import CreateWorkspaceRequest
    from .create_workspace_response import CreateWorkspaceResponse
    from .created_event import CreatedEvent
    from .created_event_type import CreatedEventType
    from .custom_tool import CustomTool
    from .custom_tool_call_input_delta_event import CustomToolCallInputDeltaEvent
    from .custom_tool_call_input_done_event import CustomToolCallInputDoneEvent
    from .custom_tool_call_item import CustomToolCallItem
    from .custom_tool_call_output_item import CustomToolCallOutputItem
    from .custom_tool_call_output_item_output_item_input_image import (
        CustomToolCallOutputItemOutputItemInputImage,
    )
    from .custom_tool_call_output_item_type import CustomToolCallOutputItemType
    from .custom_tool_format_grammar import CustomToolFormatGrammar
    from .custom_tool_format_grammar_type import CustomToolFormatGrammarType
    from .custom_tool_format_text import CustomToolFormatText
    from .custom_tool_format_text_type import CustomToolFormatTextType
    from .custom_tool_type import CustomToolType
    from .da_benchmark_entry import DABenchmarkEntry
    from .datetime_server_tool import DatetimeServerTool
    from .datetime_server_tool_config import DatetimeServerToolConfig
    from .datetime_server_tool_type import DatetimeServerToolType
    from .debug_event import DebugEvent
    from .debug_event_debug import DebugEventDebug
    from .debug_event_debug_echo_upstream_body import DebugEventDebugEchoUpstreamBody
    from .debug_event_debug_timings import DebugEventDebugTimings
    from .debug_event_type import DebugEventType
    from .default_parameters import DefaultParameters
    from .delete_byok_key_response import DeleteBYOKKeyResponse
    from .delete_guardrail_response import DeleteGuardrailResponse
    from .delete_keys_response import DeleteKeysResponse
    from .delete_observability_destination_response import (
        DeleteObservabilityDestinationResponse,
    )
    from .delete_scim_group_mapping_keep_members_type_0 import (
        DeleteScimGroupMappingKeepMembersType0,
    )
    from .delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
    from .delete_workspace_budget_response import DeleteWorkspaceBudgetResponse
    from .delete_workspace_response import DeleteWorkspaceResponse
    from .deprecated_route import DeprecatedRoute
    from .easy_input_message import EasyInputMessage
    from .easy_input_message_content_item_input_image import (
        EasyInputMessageContentItemInputImage,
    )
    from .easy_input_message_phase_type_0 import EasyInputMessagePhaseType0
    from .easy_input_message_phase_type_1 import EasyInputMessagePhaseType1
    from .easy_input_message_role_type_0 import EasyInputMessageRoleType0
    from .easy_input_message_role_type_1 import EasyInputMessageRoleType1
    from .easy_input_message_role_type_2 import EasyInputMessageRoleType2
    from .easy_input_message_role_type_3 import EasyInputMessageRoleType3
    from .easy_input_message_type import EasyInputMessageType
    from .edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from .edge_network_timeout_response_error_data import (
        EdgeNetworkTimeoutResponseErrorData,
    )
    from .edge_network_timeout_response_error_data_metadata_type_0 import (
        EdgeNetworkTimeoutResponseErrorDataMetadataType0,
    )
    from .endpoint_info import EndpointInfo
    from .endpoints_metadata import EndpointsMetadata
    from .enum_capability import EnumCapability
    from .enum_capability_type import EnumCapabilityType
    from .error_event import ErrorEvent
    from .exchange_auth_code_for_api_key_request import ExchangeAuthCodeForAPIKeyRequest
    from .exchange_auth_code_for_api_key_request_code_challenge_method_type_1 import (
        ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType1,
    )
    from .exchange_auth_code_for_api_key_request_code_challenge_method_type_2_type_1 import (
        ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1,
    )
    from .exchange_auth_code_for_api_key_request_code_challenge_method_type_3_type_1 import (
        ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType3Type1,
    )
    from .exchange_auth_code_for_api_key_response import (
        ExchangeAuthCodeForAPIKeyResponse,
    )
    from .failed_event import FailedEvent
    from .failed_event_type import FailedEventType
    from .file_citation import FileCitation
    from .file_citation_type import FileCitationType
    from .file_parser_plugin import FileParserPlugin
    from .file_parser_plugin_id import FileParserPluginId
    from .file_path import FilePath
    from .file_path_type import FilePathType
    from .file_provider import FileProvider
    from .file_search_server_tool import FileSearchServerTool
    from .file_search_server_tool_filters_variant_0 import (
        FileSearchServerToolFiltersVariant0,
    )
    from .file_search_server_tool_filters_variant_0_type import (
        FileSearchServerToolFiltersVariant0Type,
    )
    from .file_search_server_tool_ranking_options import (
        FileSearchServerToolRankingOptions,
    )
    from .file_search_server_tool_type import FileSearchServerToolType
    from .files_server_tool import FilesServerTool
    from .files_server_tool_config import FilesServerToolConfig
    from .files_server_tool_type import FilesServerToolType
    from .forbidden_response import ForbiddenResponse
    from .forbidden_response_error_data import ForbiddenResponseErrorData
    from .forbidden_response_error_data_metadata_type_0 import (
        ForbiddenResponseErrorDataMetadataType0,
    )
    from .format_json_object_config import FormatJsonObjectConfig
    from .format_json_object_config_type import FormatJsonObjectConfigType
    from .format_json_schema_config import FormatJsonSchemaConfig
    from .format_json_schema_config_schema import FormatJsonSchemaConfigSchema
    from .format_json_schema_config_type import FormatJsonSchemaConfigType
    from .format_text_config import FormatTextConfig
    from .format_text_config_type import FormatTextConfigType
    from .frame_image import FrameImage
    from .frame_image_frame_type import FrameImageFrameType
    from .function_call_args_delta_event import FunctionCallArgsDeltaEvent
    from .function_call_args_done_event import FunctionCallArgsDoneEvent
    from .function_call_item import FunctionCallItem
    from .function_call_output_item import FunctionCallOutputItem
    from .function_call_output_item_output_item_input_image import (
        FunctionCallOutputItemOutputItemInputImage,
    )
    from .function_call_output_item_type import FunctionCallOutputItemType
    from .function_tool import FunctionTool
    from .function_tool_parameters_type_0 import FunctionToolParametersType0
    from .function_tool_type import FunctionToolType
    from .fusion_analysis_result import FusionAnalysisResult
    from .fusion_analysis_result_contradictions_item import (
        FusionAnalysisResultContradictionsItem,
    )
    from .fusion_analysis_result_contradictions_item_stances_item import (
        FusionAnalysisResultContradictionsItemStancesItem,
    )
    from .fusion_analysis_result_partial_coverage_item import (
        FusionAnalysisResultPartialCoverageItem,
    )
    from .fusion_analysis_result_unique_insights_item import (
        FusionAnalysisResultUniqueInsightsItem,
    )
    from .fusion_call_analysis_completed_event import FusionCallAnalysisCompletedEvent
    from .fusion_call_analysis_completed_event_type import (
        FusionCallAnalysisCompletedEventType,
    )
    from .fusion_call_analysis_in_progress_event import (
        FusionCallAnalysisInProgressEvent,
    )
    from .fusion_call_analysis_in_progress_event_type import (
        FusionCallAnalysisInProgressEventType,
    )
    from .fusion_call_completed_event import FusionCallCompletedEvent
    from .fusion_call_completed_event_type import FusionCallCompletedEventType
    from .fusion_call_in_progress_event import FusionCallInProgressEvent
    from .fusion_call_in_progress_event_type import FusionCallInProgressEventType
    from .fusion_call_panel_added_event import FusionCallPanelAddedEvent
    from .fusion_call_panel_added_event_type import FusionCallPanelAddedEventType
    from .fusion_call_panel_completed_event import FusionCallPanelCompletedEvent
    from .fusion_call_panel_completed_event_type import (
        FusionCallPanelCompletedEventType,
    )
    from .fusion_call_panel_delta_event import FusionCallPanelDeltaEvent
    from .fusion_call_panel_delta_event_type import FusionCallPanelDeltaEventType
    from .fusion_call_panel_failed_event import FusionCallPanelFailedEvent
    from .fusion_call_panel_failed_event_type import FusionCallPanelFailedEventType
    from .fusion_call_panel_reasoning_delta_event import (
        FusionCallPanelReasoningDeltaEvent,
    )
    from .fusion_call_panel_reasoning_delta_event_type import (
        FusionCallPanelReasoningDeltaEventType,
    )
    from .fusion_plugin import FusionPlugin
    from .fusion_plugin_id import FusionPluginId
    from .fusion_plugin_preset import FusionPluginPreset
    from .fusion_plugin_tools_item import FusionPluginToolsItem
    from .fusion_plugin_tools_item_parameters import FusionPluginToolsItemParameters
    from .fusion_plugin_tools_item_parameters_additional_properties_variant_5 import (
        FusionPluginToolsItemParametersAdditionalPropertiesVariant5,
    )
    from .fusion_server_tool_config import FusionServerToolConfig
    from .fusion_server_tool_config_reasoning import FusionServerToolConfigReasoning
    from .fusion_server_tool_config_reasoning_effort import (
        FusionServerToolConfigReasoningEffort,
    )
    from .fusion_server_tool_config_tools_item import FusionServerToolConfigToolsItem
    from .fusion_server_tool_config_tools_item_parameters import (
        FusionServerToolConfigToolsItemParameters,
    )
    from .fusion_server_tool_open_router import FusionServerToolOpenRouter
    from .fusion_server_tool_open_router_type import FusionServerToolOpenRouterType
    from .fusion_source import FusionSource
    from .generation_content_data import GenerationContentData
    from .generation_content_data_input_variant_0 import (
        GenerationContentDataInputVariant0,
    )
    from .generation_content_data_input_variant_1 import (
        GenerationContentDataInputVariant1,
    )
    from .generation_content_data_output import GenerationContentDataOutput
    from .generation_content_error import GenerationContentError
    from .generation_content_error_attempt import GenerationContentErrorAttempt
    from .generation_content_response import GenerationContentResponse
    from .generation_response import GenerationResponse
    from .generation_response_data import GenerationResponseData
    from .get_analytics_meta_response import GetAnalyticsMetaResponse
    from .get_analytics_meta_response_data import GetAnalyticsMetaResponseData
    from .get_analytics_meta_response_data_dimensions_item import (
        GetAnalyticsMetaResponseDataDimensionsItem,
    )
    from .get_analytics_meta_response_data_granularities_item import (
        GetAnalyticsMetaResponseDataGranularitiesItem,
    )
    from .get_analytics_meta_response_data_metrics_item import (
        GetAnalyticsMetaResponseDataMetricsItem,
    )
    from .get_analytics_meta_response_data_operators_item import (
        GetAnalyticsMetaResponseDataOperatorsItem,
    )
    from .get_app_rankings_category import GetAppRankingsCategory
    from .get_app_rankings_sort import GetAppRankingsSort
    from .get_app_rankings_subcategory import GetAppRankingsSubcategory
    from .get_benchmarks_arena import GetBenchmarksArena
    from .get_benchmarks_benchmark_type import GetBenchmarksBenchmarkType
    from .get_benchmarks_search_surface import GetBenchmarksSearchSurface
    from .get_benchmarks_source import GetBenchmarksSource
    from .get_benchmarks_task_type import GetBenchmarksTaskType
    from .get_byok_key_response import GetBYOKKeyResponse
    from .get_credits_response import GetCreditsResponse
    from .get_credits_response_data import GetCreditsResponseData
    from .get_current_key_response import GetCurrentKeyResponse
    from .get_current_key_response_data import GetCurrentKeyResponseData
    from .get_current_key_response_data_rate_limit import (
        GetCurrentKeyResponseDataRateLimit,
    )
    from .get_guardrail_response import GetGuardrailResponse
    from .get_key_response import GetKeyResponse
    from .get_key_response_data import GetKeyResponseData
    from .get_models_category import GetModelsCategory
    from .get_models_distillable import GetModelsDistillable
    from .get_models_region import GetModelsRegion
    from .get_models_sort import GetModelsSort
    from .get_models_zdr import GetModelsZdr
    from .get_observability_destination_response import (
        GetObservabilityDestinationResponse,
    )
    from .get_preset_response import GetPresetResponse
    from .get_preset_version_response import GetPresetVersionResponse
    from .get_rankings_daily_category import GetRankingsDailyCategory
    from .get_rankings_daily_context_bucket import GetRankingsDailyContextBucket
    from .get_rankings_daily_language_type import GetRankingsDailyLanguageType
    from .get_rankings_daily_modality import GetRankingsDailyModality
    from .get_rankings_daily_period import GetRankingsDailyPeriod
    from .get_scim_group_mapping_response import GetScimGroupMappingResponse
    from .get_session_cost_turn_range import GetSessionCostTurnRange
    from .get_task_classifications_window import GetTaskClassificationsWindow
    from .get_user_activity_group_by import GetUserActivityGroupBy
    from .get_workspace_budget_response import GetWorkspaceBudgetResponse
    from .get_workspace_response import GetWorkspaceResponse
    from .gone_response import GoneResponse
    from .gone_response_error_data import GoneResponseErrorData
    from .gone_response_error_data_metadata_type_0 import (
        GoneResponseErrorDataMetadataType0,
    )
    from .guardrail import Guardrail
    from .image_config import ImageConfig
    from .image_endpoint import ImageEndpoint
    from .image_gen_call_completed_event import ImageGenCallCompletedEvent
    from .image_gen_call_generating_event import ImageGenCallGeneratingEvent
    from .image_gen_call_in_progress_event import ImageGenCallInProgressEvent
    from .image_gen_call_partial_image_event import ImageGenCallPartialImageEvent
    from .image_gen_completed_event import ImageGenCompletedEvent
    from .image_gen_completed_event_type import ImageGenCompletedEventType
    from .image_gen_partial_image_event import ImageGenPartialImageEvent
    from .image_gen_partial_image_event_type import ImageGenPartialImageEventType
    from .image_gen_stream_error_event import ImageGenStreamErrorEvent
    from .image_gen_stream_error_event_error import ImageGenStreamErrorEventError
    from .image_gen_stream_error_event_type import ImageGenStreamErrorEventType
    from .image_gen_text_chunk_event import ImageGenTextChunkEvent
    from .image_gen_text_chunk_event_type import ImageGenTextChunkEventType
    from .image_generation_provider_preferences import (
        ImageGenerationProviderPreferences,
    )
    from .image_generation_request import ImageGenerationRequest
    from .image_generation_request_aspect_ratio import ImageGenerationRequestAspectRatio
    from .image_generation_request_background import ImageGenerationRequestBackground
    from .image_generation_request_output_format import (
        ImageGenerationRequestOutputFormat,
    )
    from .image_generation_request_quality import ImageGenerationRequestQuality
    from .image_generation_request_resolution import ImageGenerationRequestResolution
    from .image_generation_response import ImageGenerationResponse
    from .image_generation_response_data_item import ImageGenerationResponseDataItem
    from .image_generation_server_tool import ImageGenerationServerTool
    from .image_generation_server_tool_config import ImageGenerationServerToolConfig
    from .image_generation_server_tool_input_image_mask import (
        ImageGenerationServerToolInputImageMask,
    )
    from .image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from .image_generation_server_tool_open_router_type import (
        ImageGenerationServerToolOpenRouterType,
    )
    from .image_generation_server_tool_type import ImageGenerationServerToolType
    from .image_generation_usage import ImageGenerationUsage
    from .image_generation_usage_completion_tokens_details_type_0 import (
        ImageGenerationUsageCompletionTokensDetailsType0,
    )
    from .image_generation_usage_prompt_tokens_details_type_0 import (
        ImageGenerationUsagePromptTokensDetailsType0,
    )
    from .image_generation_usage_server_tool_use_type_0 import (
        ImageGenerationUsageServerToolUseType0,
    )
    from .image_model_architecture import ImageModelArchitecture
    from .image_model_endpoints_response import ImageModelEndpointsResponse
    from .image_model_list_item import ImageModelListItem
    from .image_models_list_response import ImageModelsListResponse
    from .image_pricing_entry import ImagePricingEntry
    from .image_streaming_response import ImageStreamingResponse
    from .in_progress_event import InProgressEvent
    from .in_progress_event_type import InProgressEventType
    from .incomplete_details import IncompleteDetails
    from .incomplete_event import IncompleteEvent
    from .incomplete_event_type import IncompleteEventType
    from .input_audio import InputAudio
    from .input_audio_input_audio import InputAudioInputAudio
    from .input_audio_type import InputAudioType
    from .input_file import InputFile
    from .input_file_type import InputFileType
    from .input_image import InputImage
    from .input_image_type import InputImageType
    from .input_message_item import InputMessageItem
    from .input_message_item_content_item_input_image import (
        InputMessageItemContentItemInputImage,
    )
    from .input_message_item_role_type_0 import InputMessageItemRoleType0
    from .input_message_item_role_type_1 import InputMessageItemRoleType1
    from .input_message_item_role_type_2 import InputMessageItemRoleType2
    from .input_message_item_type import InputMessageItemType
    from .input_text import InputText
    from .input_text_type import InputTextType
    from .input_video import InputVideo
    from .input_video_type import InputVideoType
    from .inputs_item_message import InputsItemMessage
    from .inputs_item_message_phase_type_0 import InputsItemMessagePhaseType0
    from .inputs_item_message_phase_type_1 import InputsItemMessagePhaseType1
    from .inputs_item_message_role import InputsItemMessageRole
    from .inputs_item_message_status_type_0 import InputsItemMessageStatusType0
    from .inputs_item_message_status_type_1 import InputsItemMessageStatusType1
    from .inputs_item_message_status_type_2 import InputsItemMessageStatusType2
    from .inputs_item_message_type import InputsItemMessageType
    from .inputs_item_reasoning import InputsItemReasoning
    from .inputs_item_reasoning_status_type_0 import InputsItemReasoningStatusType0
    from .inputs_item_reasoning_status_type_1 import InputsItemReasoningStatusType1
    from .inputs_item_reasoning_status_type_2 import InputsItemReasoningStatusType2
    from .inputs_item_reasoning_type import InputsItemReasoningType
    from .internal_server_response import InternalServerResponse
    from .internal_server_response_error_data import InternalServerResponseErrorData
    from .internal_server_response_error_data_metadata_type_0 import (
        InternalServerResponseErrorDataMetadataType0,
    )
    from .item_reference_item import ItemReferenceItem
    from .item_reference_item_type import ItemReferenceItemType
    from .key_assignment import KeyAssignment
    from .legacy_chat_content_video import LegacyChatContentVideo
    from .legacy_chat_content_video_input import LegacyChatContentVideoInput
    from .legacy_chat_content_video_type import LegacyChatContentVideoType
    from .legacy_web_search_server_tool import LegacyWebSearchServerTool
    from .legacy_web_search_server_tool_type import LegacyWebSearchServerToolType
    from .list_byok_keys_provider import ListByokKeysProvider
    from .list_byok_keys_response import ListBYOKKeysResponse
    from .list_endpoints_response import ListEndpointsResponse
    from .list_endpoints_response_architecture import ListEndpointsResponseArchitecture
    from .list_endpoints_response_body import ListEndpointsResponseBody
    from .list_endpoints_zdr_response import ListEndpointsZdrResponse
    from .list_files_order import ListFilesOrder
    from .list_guardrails_response import ListGuardrailsResponse
    from .list_key_assignments_response import ListKeyAssignmentsResponse
    from .list_member_assignments_response import ListMemberAssignmentsResponse
    from .list_observability_destinations_response import (
        ListObservabilityDestinationsResponse,
    )
    from .list_organization_members_response import ListOrganizationMembersResponse
    from .list_organization_members_response_data_item import (
        ListOrganizationMembersResponseDataItem,
    )
    from .list_preset_versions_response import ListPresetVersionsResponse
    from .list_presets_response import ListPresetsResponse
    from .list_providers_response import ListProvidersResponse
    from .list_providers_response_data_item import ListProvidersResponseDataItem
    from .list_response import ListResponse
    from .list_response_data_item import ListResponseDataItem
    from .list_scim_group_mappings_response import ListScimGroupMappingsResponse
    from .list_scim_groups_response import ListScimGroupsResponse
    from .list_workspace_budgets_response import ListWorkspaceBudgetsResponse
    from .list_workspace_members_response import ListWorkspaceMembersResponse
    from .list_workspaces_response import ListWorkspacesResponse
    from .local_shell_call_item import LocalShellCallItem
    from .local_shell_call_item_action import LocalShellCallItemAction
    from .local_shell_call_item_action_env import LocalShellCallItemActionEnv
    from .local_shell_call_item_action_type import LocalShellCallItemActionType
    from .local_shell_call_item_type import LocalShellCallItemType
    from .local_shell_call_output_item import LocalShellCallOutputItem
    from .local_shell_call_output_item_type import LocalShellCallOutputItemType
    from .mcp_approval_request_item import McpApprovalRequestItem
    from .mcp_approval_request_item_type import McpApprovalRequestItemType
    from .mcp_approval_response_item import McpApprovalResponseItem
    from .mcp_approval_response_item_type import McpApprovalResponseItemType
    from .mcp_call_item import McpCallItem
    from .mcp_call_item_type import McpCallItemType
    from .mcp_list_tools_item import McpListToolsItem
    from .mcp_list_tools_item_tools_item import McpListToolsItemToolsItem
    from .mcp_list_tools_item_tools_item_input_schema import (
        McpListToolsItemToolsItemInputSchema,
    )
    from .mcp_list_tools_item_type import McpListToolsItemType
    from .mcp_server_tool import McpServerTool
    from .mcp_server_tool_allowed_tools_variant_1 import (
        McpServerToolAllowedToolsVariant1,
    )
    from .mcp_server_tool_headers_type_0 import McpServerToolHeadersType0
    from .mcp_server_tool_require_approval_type_1 import (
        McpServerToolRequireApprovalType1,
    )
    from .mcp_server_tool_require_approval_type_2 import (
        McpServerToolRequireApprovalType2,
    )
    from .mcp_server_tool_require_approval_variant_0 import (
        McpServerToolRequireApprovalVariant0,
    )
    from .mcp_server_tool_require_approval_variant_0_always import (
        McpServerToolRequireApprovalVariant0Always,
    )
    from .mcp_server_tool_require_approval_variant_0_never import (
        McpServerToolRequireApprovalVariant0Never,
    )
    from .mcp_server_tool_type import McpServerToolType
    from .member_assignment import MemberAssignment
    from .messages_advisor_tool_result_block import MessagesAdvisorToolResultBlock
    from .messages_advisor_tool_result_block_content import (
        MessagesAdvisorToolResultBlockContent,
    )
    from .messages_advisor_tool_result_block_type import (
        MessagesAdvisorToolResultBlockType,
    )
    from .messages_bash_tool_result_block import MessagesBashToolResultBlock
    from .messages_bash_tool_result_block_content import (
        MessagesBashToolResultBlockContent,
    )
    from .messages_bash_tool_result_block_type import MessagesBashToolResultBlockType
    from .messages_content_block_delta_event import MessagesContentBlockDeltaEvent
    from .messages_content_block_delta_event_delta_citations_delta import (
        MessagesContentBlockDeltaEventDeltaCitationsDelta,
    )
    from .messages_content_block_delta_event_delta_citations_delta_type import (
        MessagesContentBlockDeltaEventDeltaCitationsDeltaType,
    )
    from .messages_content_block_delta_event_delta_compaction_delta import (
        MessagesContentBlockDeltaEventDeltaCompactionDelta,
    )
    from .messages_content_block_delta_event_delta_compaction_delta_type import (
        MessagesContentBlockDeltaEventDeltaCompactionDeltaType,
    )
    from .messages_content_block_delta_event_delta_input_json_delta import (
        MessagesContentBlockDeltaEventDeltaInputJsonDelta,
    )
    from .messages_content_block_delta_event_delta_input_json_delta_type import (
        MessagesContentBlockDeltaEventDeltaInputJsonDeltaType,
    )
    from .messages_content_block_delta_event_delta_signature_delta import (
        MessagesContentBlockDeltaEventDeltaSignatureDelta,
    )
    from .messages_content_block_delta_event_delta_signature_delta_type import (
        MessagesContentBlockDeltaEventDeltaSignatureDeltaType,
    )
    from .messages_content_block_delta_event_delta_text_delta import (
        MessagesContentBlockDeltaEventDeltaTextDelta,
    )
    from .messages_content_block_delta_event_delta_text_delta_type import (
        MessagesContentBlockDeltaEventDeltaTextDeltaType,
    )
    from .messages_content_block_delta_event_delta_thinking_delta import (
        MessagesContentBlockDeltaEventDeltaThinkingDelta,
    )
    from .messages_content_block_delta_event_delta_thinking_delta_type import (
        MessagesContentBlockDeltaEventDeltaThinkingDeltaType,
    )
    from .messages_content_block_delta_event_type import (
        MessagesContentBlockDeltaEventType,
    )
    from .messages_content_block_start_event import MessagesContentBlockStartEvent
    from .messages_content_block_start_event_content_block_compaction import (
        MessagesContentBlockStartEventContentBlockCompaction,
    )
    from .messages_content_block_start_event_content_block_compaction_type import (
        MessagesContentBlockStartEventContentBlockCompactionType,
    )
    from .messages_content_block_start_event_type import (
        MessagesContentBlockStartEventType,
    )
    from .messages_content_block_stop_event import MessagesContentBlockStopEvent
    from .messages_content_block_stop_event_type import (
        MessagesContentBlockStopEventType,
    )
    from .messages_delta_event import MessagesDeltaEvent
    from .messages_delta_event_delta import MessagesDeltaEventDelta
    from .messages_delta_event_type import MessagesDeltaEventType
    from .messages_delta_event_usage import MessagesDeltaEventUsage
    from .messages_delta_event_usage_server_tool_use_type_0 import (
        MessagesDeltaEventUsageServerToolUseType0,
    )
    from .messages_error_event import MessagesErrorEvent
    from .messages_error_event_error import MessagesErrorEventError
    from .messages_error_event_type import MessagesErrorEventType
    from .messages_fallback_param import MessagesFallbackParam
    from .messages_message_param import MessagesMessageParam
    from .messages_message_param_content_item_compaction import (
        MessagesMessageParamContentItemCompaction,
    )
    from .messages_message_param_content_item_compaction_type import (
        MessagesMessageParamContentItemCompactionType,
    )
    from .messages_message_param_content_item_content_item_tool_reference import (
        MessagesMessageParamContentItemContentItemToolReference,
    )
    from .messages_message_param_content_item_content_item_tool_reference_type import (
        MessagesMessageParamContentItemContentItemToolReferenceType,
    )
    from .messages_message_param_content_item_content_web_search_tool_result_error import (
        MessagesMessageParamContentItemContentWebSearchToolResultError,
    )
    from .messages_message_param_content_item_content_web_search_tool_result_error_error_code import (
        MessagesMessageParamContentItemContentWebSearchToolResultErrorErrorCode,
    )
    from .messages_message_param_content_item_content_web_search_tool_result_error_type import (
        MessagesMessageParamContentItemContentWebSearchToolResultErrorType,
    )
    from .messages_message_param_content_item_redacted_thinking import (
        MessagesMessageParamContentItemRedactedThinking,
    )
    from .messages_message_param_content_item_redacted_thinking_type import (
        MessagesMessageParamContentItemRedactedThinkingType,
    )
    from .messages_message_param_content_item_server_tool_use import (
        MessagesMessageParamContentItemServerToolUse,
    )
    from .messages_message_param_content_item_server_tool_use_type import (
        MessagesMessageParamContentItemServerToolUseType,
    )
    from .messages_message_param_content_item_thinking import (
        MessagesMessageParamContentItemThinking,
    )
    from .messages_message_param_content_item_thinking_type import (
        MessagesMessageParamContentItemThinkingType,
    )
    from .messages_message_param_content_item_tool_result import (
        MessagesMessageParamContentItemToolResult,
    )
    from .messages_message_param_content_item_tool_result_type import (
        MessagesMessageParamContentItemToolResultType,
    )
    from .messages_message_param_content_item_tool_use import (
        MessagesMessageParamContentItemToolUse,
    )
    from .messages_message_param_content_item_tool_use_type import (
        MessagesMessageParamContentItemToolUseType,
    )
    from .messages_message_param_content_item_web_search_tool_result import (
        MessagesMessageParamContentItemWebSearchToolResult,
    )
    from .messages_message_param_content_item_web_search_tool_result_type import (
        MessagesMessageParamContentItemWebSearchToolResultType,
    )
    from .messages_message_param_role import MessagesMessageParamRole
    from .messages_output_config import MessagesOutputConfig
    from .messages_output_config_effort_type_1 import MessagesOutputConfigEffortType1
    from .messages_output_config_effort_type_2_type_1 import (
        MessagesOutputConfigEffortType2Type1,
    )
    from .messages_output_config_effort_type_3_type_1 import (
        MessagesOutputConfigEffortType3Type1,
    )
    from .messages_output_config_format_type_0 import MessagesOutputConfigFormatType0
    from .messages_output_config_format_type_0_schema import (
        MessagesOutputConfigFormatType0Schema,
    )
    from .messages_output_config_format_type_0_type import (
        MessagesOutputConfigFormatType0Type,
    )
    from .messages_output_config_task_budget_type_0 import (
        MessagesOutputConfigTaskBudgetType0,
    )
    from .messages_output_config_task_budget_type_0_type import (
        MessagesOutputConfigTaskBudgetType0Type,
    )
    from .messages_ping_event import MessagesPingEvent
    from .messages_ping_event_type import MessagesPingEventType
    from .messages_request import MessagesRequest
    from .messages_request_context_management_edits_item_clear_thinking_20251015 import (
        MessagesRequestContextManagementEditsItemClearThinking20251015,
    )
    from .messages_request_context_management_edits_item_clear_thinking_20251015_keep_type_2 import (
        MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2,
    )
    from .messages_request_context_management_edits_item_clear_thinking_20251015_type import (
        MessagesRequestContextManagementEditsItemClearThinking20251015Type,
    )
    from .messages_request_context_management_edits_item_clear_tool_uses_20250919 import (
        MessagesRequestContextManagementEditsItemClearToolUses20250919,
    )
    from .messages_request_context_management_edits_item_clear_tool_uses_20250919_type import (
        MessagesRequestContextManagementEditsItemClearToolUses20250919Type,
    )
    from .messages_request_context_management_edits_item_compact_20260112 import (
        MessagesRequestContextManagementEditsItemCompact20260112,
    )
    from .messages_request_context_management_edits_item_compact_20260112_type import (
        MessagesRequestContextManagementEditsItemCompact20260112Type,
    )
    from .messages_request_context_management_edits_item_keep_all import (
        MessagesRequestContextManagementEditsItemKeepAll,
    )
    from .messages_request_context_management_edits_item_keep_all_type import (
        MessagesRequestContextManagementEditsItemKeepAllType,
    )
    from .messages_request_context_management_edits_item_trigger_input_tokens import (
        MessagesRequestContextManagementEditsItemTriggerInputTokens,
    )
    from .messages_request_context_management_type_0 import (
        MessagesRequestContextManagementType0,
    )
    from .messages_request_metadata import MessagesRequestMetadata
    from .messages_request_thinking_adaptive import MessagesRequestThinkingAdaptive
    from .messages_request_thinking_adaptive_type import (
        MessagesRequestThinkingAdaptiveType,
    )
    from .messages_request_thinking_disabled import MessagesRequestThinkingDisabled
    from .messages_request_thinking_disabled_type import (
        MessagesRequestThinkingDisabledType,
    )
    from .messages_request_thinking_enabled import MessagesRequestThinkingEnabled
    from .messages_request_thinking_enabled_type import (
        MessagesRequestThinkingEnabledType,
    )
    from .messages_request_tool_choice_any import MessagesRequestToolChoiceAny
    from .messages_request_tool_choice_any_type import MessagesRequestToolChoiceAnyType
    from .messages_request_tool_choice_auto import MessagesRequestToolChoiceAuto
    from .messages_request_tool_choice_auto_type import (
        MessagesRequestToolChoiceAutoType,
    )
    from .messages_request_tool_choice_none import MessagesRequestToolChoiceNone
    from .messages_request_tool_choice_none_type import (
        MessagesRequestToolChoiceNoneType,
    )
    from .messages_request_tool_choice_tool import MessagesRequestToolChoiceTool
    from .messages_request_tool_choice_tool_type import (
        MessagesRequestToolChoiceToolType,
    )
    from .messages_request_tools_item_advisor_20260301 import (
        MessagesRequestToolsItemAdvisor20260301,
    )
    from .messages_request_tools_item_advisor_20260301_name import (
        MessagesRequestToolsItemAdvisor20260301Name,
    )
    from .messages_request_tools_item_advisor_20260301_type import (
        MessagesRequestToolsItemAdvisor20260301Type,
    )
    from .messages_request_tools_item_bash_20250124 import (
        MessagesRequestToolsItemBash20250124,
    )
    from .messages_request_tools_item_bash_20250124_name import (
        MessagesRequestToolsItemBash20250124Name,
    )
    from .messages_request_tools_item_bash_20250124_type import (
        MessagesRequestToolsItemBash20250124Type,
    )
    from .messages_request_tools_item_custom import MessagesRequestToolsItemCustom
    from .messages_request_tools_item_custom_input_schema import (
        MessagesRequestToolsItemCustomInputSchema,
    )
    from .messages_request_tools_item_custom_type import (
        MessagesRequestToolsItemCustomType,
    )
    from .messages_request_tools_item_text_editor_20250124 import (
        MessagesRequestToolsItemTextEditor20250124,
    )
    from .messages_request_tools_item_text_editor_20250124_name import (
        MessagesRequestToolsItemTextEditor20250124Name,
    )
    from .messages_request_tools_item_text_editor_20250124_type import (
        MessagesRequestToolsItemTextEditor20250124Type,
    )
    from .messages_request_tools_item_variant_12 import (
        MessagesRequestToolsItemVariant12,
    )
    from .messages_request_tools_item_web_search_20250305 import (
        MessagesRequestToolsItemWebSearch20250305,
    )
    from .messages_request_tools_item_web_search_20250305_name import (
        MessagesRequestToolsItemWebSearch20250305Name,
    )
    from .messages_request_tools_item_web_search_20250305_type import (
        MessagesRequestToolsItemWebSearch20250305Type,
    )
    from .messages_request_tools_item_web_search_20260209 import (
        MessagesRequestToolsItemWebSearch20260209,
    )
    from .messages_request_tools_item_web_search_20260209_name import (
        MessagesRequestToolsItemWebSearch20260209Name,
    )
    from .messages_request_tools_item_web_search_20260209_type import (
        MessagesRequestToolsItemWebSearch20260209Type,
    )
    from .messages_result import MessagesResult
    from .messages_result_context_management_type_0 import (
        MessagesResultContextManagementType0,
    )
    from .messages_result_context_management_type_0_applied_edits_item import (
        MessagesResultContextManagementType0AppliedEditsItem,
    )
    from .messages_result_role import MessagesResultRole
    from .messages_result_type import MessagesResultType
    from .messages_result_usage import MessagesResultUsage
    from .messages_search_models_server_tool import MessagesSearchModelsServerTool
    from .messages_search_models_server_tool_type import (
        MessagesSearchModelsServerToolType,
    )
    from .messages_shell_tool_result_block import MessagesShellToolResultBlock
    from .messages_shell_tool_result_block_content import (
        MessagesShellToolResultBlockContent,
    )
    from .messages_shell_tool_result_block_type import MessagesShellToolResultBlockType
    from .messages_start_event import MessagesStartEvent
    from .messages_start_event_message import MessagesStartEventMessage
    from .messages_start_event_message_role import MessagesStartEventMessageRole
    from .messages_start_event_message_type import MessagesStartEventMessageType
    from .messages_start_event_message_usage import MessagesStartEventMessageUsage
    from .messages_start_event_type import MessagesStartEventType
    from .messages_stop_event import MessagesStopEvent
    from .messages_stop_event_type import MessagesStopEventType
    from .messages_streaming_response import MessagesStreamingResponse
    from .messages_tool_addition_block import MessagesToolAdditionBlock
    from .messages_tool_addition_block_tool_mcp_tool_reference import (
        MessagesToolAdditionBlockToolMcpToolReference,
    )
    from .messages_tool_addition_block_tool_mcp_tool_reference_type import (
        MessagesToolAdditionBlockToolMcpToolReferenceType,
    )
    from .messages_tool_addition_block_tool_mcp_toolset_reference import (
        MessagesToolAdditionBlockToolMcpToolsetReference,
    )
    from .messages_tool_addition_block_tool_mcp_toolset_reference_type import (
        MessagesToolAdditionBlockToolMcpToolsetReferenceType,
    )
    from .messages_tool_addition_block_tool_tool_reference import (
        MessagesToolAdditionBlockToolToolReference,
    )
    from .messages_tool_addition_block_tool_tool_reference_type import (
        MessagesToolAdditionBlockToolToolReferenceType,
    )
    from .messages_tool_addition_block_type import MessagesToolAdditionBlockType
    from .messages_tool_removal_block import MessagesToolRemovalBlock
    from .messages_tool_removal_block_tool_mcp_tool_reference import (
        MessagesToolRemovalBlockToolMcpToolReference,
    )
    from .messages_tool_removal_block_tool_mcp_tool_reference_type import (
        MessagesToolRemovalBlockToolMcpToolReferenceType,
    )
    from .messages_tool_removal_block_tool_mcp_toolset_reference import (
        MessagesToolRemovalBlockToolMcpToolsetReference,
    )
    from .messages_tool_removal_block_tool_mcp_toolset_reference_type import (
        MessagesToolRemovalBlockToolMcpToolsetReferenceType,
    )
    from .messages_tool_removal_block_tool_tool_reference import (
        MessagesToolRemovalBlockToolToolReference,
    )
    from .messages_tool_removal_block_tool_tool_reference_type import (
        MessagesToolRemovalBlockToolToolReferenceType,
    )
    from .messages_tool_removal_block_type import MessagesToolRemovalBlockType
    from .metadata_level import MetadataLevel
    from .model import Model
    from .model_alias_target import ModelAliasTarget
    from .model_architecture import ModelArchitecture
    from .model_benchmarks import ModelBenchmarks
    from .model_links import ModelLinks
    from .model_reasoning import ModelReasoning
    from .model_response import ModelResponse
    from .models_count_response import ModelsCountResponse
    from .models_count_response_data import ModelsCountResponseData
    from .models_list_response import ModelsListResponse
    from .models_list_response_links import ModelsListResponseLinks
    from .moderation_plugin import ModerationPlugin
    from .moderation_plugin_id import ModerationPluginId
    from .multimodal_media import MultimodalMedia
    from .namespace_function_tool import NamespaceFunctionTool
    from .namespace_function_tool_output_schema_type_0 import (
        NamespaceFunctionToolOutputSchemaType0,
    )
    from .namespace_function_tool_parameters_type_0 import (
        NamespaceFunctionToolParametersType0,
    )
    from .namespace_function_tool_type import NamespaceFunctionToolType
    from .namespace_tool import NamespaceTool
    from .namespace_tool_type import NamespaceToolType
    from .not_found_response import NotFoundResponse
    from .not_found_response_error_data import NotFoundResponseErrorData
    from .not_found_response_error_data_metadata_type_0 import (
        NotFoundResponseErrorDataMetadataType0,
    )
    from .observability_arize_destination import ObservabilityArizeDestination
    from .observability_arize_destination_config import (
        ObservabilityArizeDestinationConfig,
    )
    from .observability_arize_destination_config_headers import (
        ObservabilityArizeDestinationConfigHeaders,
    )
    from .observability_arize_destination_type import ObservabilityArizeDestinationType
    from .observability_braintrust_destination import ObservabilityBraintrustDestination
    from .observability_braintrust_destination_config import (
        ObservabilityBraintrustDestinationConfig,
    )
    from .observability_braintrust_destination_config_headers import (
        ObservabilityBraintrustDestinationConfigHeaders,
    )
    from .observability_braintrust_destination_type import (
        ObservabilityBraintrustDestinationType,
    )
    from .observability_clickhouse_destination import ObservabilityClickhouseDestination
    from .observability_clickhouse_destination_config import (
        ObservabilityClickhouseDestinationConfig,
    )
    from .observability_clickhouse_destination_config_headers import (
        ObservabilityClickhouseDestinationConfigHeaders,
    )
    from .observability_clickhouse_destination_type import (
        ObservabilityClickhouseDestinationType,
    )
    from .observability_datadog_destination import ObservabilityDatadogDestination
    from .observability_datadog_destination_config import (
        ObservabilityDatadogDestinationConfig,
    )
    from .observability_datadog_destination_config_headers import (
        ObservabilityDatadogDestinationConfigHeaders,
    )
    from .observability_datadog_destination_type import (
        ObservabilityDatadogDestinationType,
    )
    from .observability_filter_rule_group import ObservabilityFilterRuleGroup
    from .observability_filter_rule_group_rules_item import (
        ObservabilityFilterRuleGroupRulesItem,
    )
    from .observability_filter_rules_config import ObservabilityFilterRulesConfig
    from .observability_filter_rules_config_nullable import (
        ObservabilityFilterRulesConfigNullable,
    )
    from .observability_grafana_destination import ObservabilityGrafanaDestination
    from .observability_grafana_destination_config import (
        ObservabilityGrafanaDestinationConfig,
    )
    from .observability_grafana_destination_config_headers import (
        ObservabilityGrafanaDestinationConfigHeaders,
    )
    from .observability_grafana_destination_type import (
        ObservabilityGrafanaDestinationType,
    )
    from .observability_langfuse_destination import ObservabilityLangfuseDestination
    from .observability_langfuse_destination_config import (
        ObservabilityLangfuseDestinationConfig,
    )
    from .observability_langfuse_destination_config_headers import (
        ObservabilityLangfuseDestinationConfigHeaders,
    )
    from .observability_langfuse_destination_type import (
        ObservabilityLangfuseDestinationType,
    )
    from .observability_langsmith_destination import ObservabilityLangsmithDestination
    from .observability_langsmith_destination_config import (
        ObservabilityLangsmithDestinationConfig,
    )
    from .observability_langsmith_destination_config_headers import (
        ObservabilityLangsmithDestinationConfigHeaders,
    )
    from .observability_langsmith_destination_type import (
        ObservabilityLangsmithDestinationType,
    )
    from .observability_newrelic_destination import ObservabilityNewrelicDestination
    from .observability_newrelic_destination_config import (
        ObservabilityNewrelicDestinationConfig,
    )
    from .observability_newrelic_destination_config_headers import (
        ObservabilityNewrelicDestinationConfigHeaders,
    )
    from .observability_newrelic_destination_type import (
        ObservabilityNewrelicDestinationType,
    )
    from .observability_opik_destination import ObservabilityOpikDestination
    from .observability_opik_destination_config import (
        ObservabilityOpikDestinationConfig,
    )
    from .observability_opik_destination_config_headers import (
        ObservabilityOpikDestinationConfigHeaders,
    )
    from .observability_opik_destination_type import ObservabilityOpikDestinationType
    from .observability_otel_collector_destination import (
        ObservabilityOtelCollectorDestination,
    )
    from .observability_otel_collector_destination_config import (
        ObservabilityOtelCollectorDestinationConfig,
    )
    from .observability_otel_collector_destination_config_headers import (
        ObservabilityOtelCollectorDestinationConfigHeaders,
    )
    from .observability_otel_collector_destination_type import (
        ObservabilityOtelCollectorDestinationType,
    )
    from .observability_posthog_destination import ObservabilityPosthogDestination
    from .observability_posthog_destination_config import (
        ObservabilityPosthogDestinationConfig,
    )
    from .observability_posthog_destination_config_headers import (
        ObservabilityPosthogDestinationConfigHeaders,
    )
    from .observability_posthog_destination_type import (
        ObservabilityPosthogDestinationType,
    )
    from .observability_ramp_destination import ObservabilityRampDestination
    from .observability_ramp_destination_config import (
        ObservabilityRampDestinationConfig,
    )
    from .observability_ramp_destination_config_headers import (
        ObservabilityRampDestinationConfigHeaders,
    )
    from .observability_ramp_destination_type import ObservabilityRampDestinationType
    from .observability_s3_destination import ObservabilityS3Destination
    from .observability_s3_destination_config import ObservabilityS3DestinationConfig
    from .observability_s3_destination_config_headers import (
        ObservabilityS3DestinationConfigHeaders,
    )
    from .observability_s3_destination_type import ObservabilityS3DestinationType
    from .observability_sentry_destination import ObservabilitySentryDestination
    from .observability_sentry_destination_config import (
        ObservabilitySentryDestinationConfig,
    )
    from .observability_sentry_destination_config_headers import (
        ObservabilitySentryDestinationConfigHeaders,
    )
    from .observability_sentry_destination_type import (
        ObservabilitySentryDestinationType,
    )
    from .observability_snowflake_destination import ObservabilitySnowflakeDestination
    from .observability_snowflake_destination_config import (
        ObservabilitySnowflakeDestinationConfig,
    )
    from .observability_snowflake_destination_config_headers import (
        ObservabilitySnowflakeDestinationConfigHeaders,
    )
    from .observability_snowflake_destination_type import (
        ObservabilitySnowflakeDestinationType,
    )
    from .observability_weave_destination import ObservabilityWeaveDestination
    from .observability_weave_destination_config import (
        ObservabilityWeaveDestinationConfig,
    )
    from .observability_weave_destination_config_headers import (
        ObservabilityWeaveDestinationConfigHeaders,
    )
    from .observability_weave_destination_type import ObservabilityWeaveDestinationType
    from .observability_webhook_destination import ObservabilityWebhookDestination
    from .observability_webhook_destination_config import (
        ObservabilityWebhookDestinationConfig,
    )
    from .observability_webhook_destination_config_headers import (
        ObservabilityWebhookDestinationConfigHeaders,
    )
    from .observability_webhook_destination_type import (
        ObservabilityWebhookDestinationType,
    )
    from .open_ai_file import OpenAIFile
    from .open_ai_file_deleted import OpenAIFileDeleted
    from .open_ai_file_deleted_object import OpenAIFileDeletedObject
    from .open_ai_file_deleted_shape import OpenAIFileDeletedShape
    from .open_ai_file_list import OpenAIFileList
    from .open_ai_file_list_object import OpenAIFileListObject
    from .open_ai_file_list_shape import OpenAIFileListShape
    from .open_ai_file_object import OpenAIFileObject
    from .open_ai_file_shape import OpenAIFileShape
    from .open_ai_file_status import OpenAIFileStatus
    from .open_ai_response_custom_tool_call import OpenAIResponseCustomToolCall
    from .open_ai_response_custom_tool_call_output import (
        OpenAIResponseCustomToolCallOutput,
    )
    from .open_ai_response_custom_tool_call_output_type import (
        OpenAIResponseCustomToolCallOutputType,
    )
    from .open_ai_response_custom_tool_call_type import OpenAIResponseCustomToolCallType
    from .open_ai_response_function_tool_call import OpenAIResponseFunctionToolCall
    from .open_ai_response_function_tool_call_output import (
        OpenAIResponseFunctionToolCallOutput,
    )
    from .open_ai_response_function_tool_call_output_type import (
        OpenAIResponseFunctionToolCallOutputType,
    )
    from .open_ai_response_function_tool_call_subagent_items_item import (
        OpenAIResponseFunctionToolCallSubagentItemsItem,
    )
    from .open_ai_response_function_tool_call_type import (
        OpenAIResponseFunctionToolCallType,
    )
    from .open_ai_response_input_message_item import OpenAIResponseInputMessageItem
    from .open_ai_response_input_message_item_role_type_0 import (
        OpenAIResponseInputMessageItemRoleType0,
    )
    from .open_ai_response_input_message_item_role_type_1 import (
        OpenAIResponseInputMessageItemRoleType1,
    )
    from .open_ai_response_input_message_item_role_type_2 import (
        OpenAIResponseInputMessageItemRoleType2,
    )
    from .open_ai_response_input_message_item_type import (
        OpenAIResponseInputMessageItemType,
    )
    from .open_ai_responses_code_interpreter_call_code_delta import (
        OpenAIResponsesCodeInterpreterCallCodeDelta,
    )
    from .open_ai_responses_code_interpreter_call_code_delta_type import (
        OpenAIResponsesCodeInterpreterCallCodeDeltaType,
    )
    from .open_ai_responses_code_interpreter_call_code_done import (
        OpenAIResponsesCodeInterpreterCallCodeDone,
    )
    from .open_ai_responses_code_interpreter_call_code_done_type import (
        OpenAIResponsesCodeInterpreterCallCodeDoneType,
    )
    from .open_ai_responses_code_interpreter_call_completed import (
        OpenAIResponsesCodeInterpreterCallCompleted,
    )
    from .open_ai_responses_code_interpreter_call_completed_type import (
        OpenAIResponsesCodeInterpreterCallCompletedType,
    )
    from .open_ai_responses_code_interpreter_call_in_progress import (
        OpenAIResponsesCodeInterpreterCallInProgress,
    )
    from .open_ai_responses_code_interpreter_call_in_progress_type import (
        OpenAIResponsesCodeInterpreterCallInProgressType,
    )
    from .open_ai_responses_code_interpreter_call_interpreting import (
        OpenAIResponsesCodeInterpreterCallInterpreting,
    )
    from .open_ai_responses_code_interpreter_call_interpreting_type import (
        OpenAIResponsesCodeInterpreterCallInterpretingType,
    )
    from .open_ai_responses_image_gen_call_completed import (
        OpenAIResponsesImageGenCallCompleted,
    )
    from .open_ai_responses_image_gen_call_completed_type import (
        OpenAIResponsesImageGenCallCompletedType,
    )
    from .open_ai_responses_image_gen_call_generating import (
        OpenAIResponsesImageGenCallGenerating,
    )
    from .open_ai_responses_image_gen_call_generating_type import (
        OpenAIResponsesImageGenCallGeneratingType,
    )
    from .open_ai_responses_image_gen_call_in_progress import (
        OpenAIResponsesImageGenCallInProgress,
    )
    from .open_ai_responses_image_gen_call_in_progress_type import (
        OpenAIResponsesImageGenCallInProgressType,
    )
    from .open_ai_responses_image_gen_call_partial_image import (
        OpenAIResponsesImageGenCallPartialImage,
    )
    from .open_ai_responses_image_gen_call_partial_image_type import (
        OpenAIResponsesImageGenCallPartialImageType,
    )
    from .open_ai_responses_refusal_content import OpenAIResponsesRefusalContent
    from .open_ai_responses_refusal_content_type import (
        OpenAIResponsesRefusalContentType,
    )
    from .open_ai_responses_search_completed import OpenAIResponsesSearchCompleted
    from .open_ai_responses_search_completed_type import (
        OpenAIResponsesSearchCompletedType,
    )
    from .open_ai_responses_tool_choice_apply_patch import (
        OpenAIResponsesToolChoiceApplyPatch,
    )
    from .open_ai_responses_tool_choice_apply_patch_type import (
        OpenAIResponsesToolChoiceApplyPatchType,
    )
    from .open_ai_responses_tool_choice_function import (
        OpenAIResponsesToolChoiceFunction,
    )
    from .open_ai_responses_tool_choice_function_type import (
        OpenAIResponsesToolChoiceFunctionType,
    )
    from .open_ai_responses_tool_choice_shell import OpenAIResponsesToolChoiceShell
    from .open_ai_responses_tool_choice_shell_type import (
        OpenAIResponsesToolChoiceShellType,
    )
    from .open_ai_responses_tool_choice_type_0 import OpenAIResponsesToolChoiceType0
    from .open_ai_responses_tool_choice_type_1 import OpenAIResponsesToolChoiceType1
    from .open_ai_responses_tool_choice_type_2 import OpenAIResponsesToolChoiceType2
    from .open_ai_responses_tool_choice_variant_4 import (
        OpenAIResponsesToolChoiceVariant4,
    )
    from .open_ai_responses_tool_choice_variant_4_type_type_0 import (
        OpenAIResponsesToolChoiceVariant4TypeType0,
    )
    from .open_ai_responses_tool_choice_variant_4_type_type_1 import (
        OpenAIResponsesToolChoiceVariant4TypeType1,
    )
    from .open_ai_responses_truncation import OpenAIResponsesTruncation
    from .open_ai_responses_usage import OpenAIResponsesUsage
    from .open_ai_responses_usage_input_tokens_details import (
        OpenAIResponsesUsageInputTokensDetails,
    )
    from .open_ai_responses_usage_output_tokens_details import (
        OpenAIResponsesUsageOutputTokensDetails,
    )
    from .open_ai_responses_web_search_call_in_progress import (
        OpenAIResponsesWebSearchCallInProgress,
    )
    from .open_ai_responses_web_search_call_in_progress_type import (
        OpenAIResponsesWebSearchCallInProgressType,
    )
    from .open_ai_responses_web_search_call_searching import (
        OpenAIResponsesWebSearchCallSearching,
    )
    from .open_ai_responses_web_search_call_searching_type import (
        OpenAIResponsesWebSearchCallSearchingType,
    )
    from .open_responses_created_event import OpenResponsesCreatedEvent
    from .open_responses_created_event_type import OpenResponsesCreatedEventType
    from .open_responses_in_progress_event import OpenResponsesInProgressEvent
    from .open_responses_in_progress_event_type import OpenResponsesInProgressEventType
    from .open_responses_log_probs import OpenResponsesLogProbs
    from .open_responses_result import OpenResponsesResult
    from .open_responses_result_object import OpenResponsesResultObject
    from .open_responses_result_tools_item_function import (
        OpenResponsesResultToolsItemFunction,
    )
    from .open_responses_top_logprobs import OpenResponsesTopLogprobs
    from .open_router_file import OpenRouterFile
    from .open_router_file_deleted import OpenRouterFileDeleted
    from .open_router_file_deleted_shape import OpenRouterFileDeletedShape
    from .open_router_file_deleted_type import OpenRouterFileDeletedType
    from .open_router_file_list import OpenRouterFileList
    from .open_router_file_list_shape import OpenRouterFileListShape
    from .open_router_file_shape import OpenRouterFileShape
    from .open_router_file_type import OpenRouterFileType
    from .open_router_metadata import OpenRouterMetadata
    from .open_router_web_search_server_tool import OpenRouterWebSearchServerTool
    from .open_router_web_search_server_tool_type import (
        OpenRouterWebSearchServerToolType,
    )
    from .or_anthropic_bash_tool_result import ORAnthropicBashToolResult
    from .or_anthropic_bash_tool_result_content import ORAnthropicBashToolResultContent
    from .or_anthropic_bash_tool_result_type import ORAnthropicBashToolResultType
    from .or_anthropic_server_tool_use_block import ORAnthropicServerToolUseBlock
    from .or_anthropic_server_tool_use_block_type import (
        ORAnthropicServerToolUseBlockType,
    )
    from .or_anthropic_shell_tool_result import ORAnthropicShellToolResult
    from .or_anthropic_shell_tool_result_content import (
        ORAnthropicShellToolResultContent,
    )
    from .or_anthropic_shell_tool_result_type import ORAnthropicShellToolResultType
    from .output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from .output_advisor_server_tool_item_type import OutputAdvisorServerToolItemType
    from .output_apply_patch_call_item import OutputApplyPatchCallItem
    from .output_apply_patch_call_item_type import OutputApplyPatchCallItemType
    from .output_apply_patch_server_tool_item import OutputApplyPatchServerToolItem
    from .output_apply_patch_server_tool_item_type import (
        OutputApplyPatchServerToolItemType,
    )
    from .output_bash_server_tool_item import OutputBashServerToolItem
    from .output_bash_server_tool_item_type import OutputBashServerToolItemType
    from .output_browser_use_server_tool_item import OutputBrowserUseServerToolItem
    from .output_browser_use_server_tool_item_type import (
        OutputBrowserUseServerToolItemType,
    )
    from .output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from .output_code_interpreter_server_tool_item import (
        OutputCodeInterpreterServerToolItem,
    )
    from .output_code_interpreter_server_tool_item_type import (
        OutputCodeInterpreterServerToolItemType,
    )
    from .output_computer_call_item import OutputComputerCallItem
    from .output_computer_call_item_pending_safety_checks_item import (
        OutputComputerCallItemPendingSafetyChecksItem,
    )
    from .output_computer_call_item_type import OutputComputerCallItemType
    from .output_custom_tool_call_item import OutputCustomToolCallItem
    from .output_custom_tool_call_item_type import OutputCustomToolCallItemType
    from .output_datetime_item import OutputDatetimeItem
    from .output_datetime_item_type import OutputDatetimeItemType
    from .output_file_search_call_item import OutputFileSearchCallItem
    from .output_file_search_server_tool_item import OutputFileSearchServerToolItem
    from .output_file_search_server_tool_item_type import (
        OutputFileSearchServerToolItemType,
    )
    from .output_files_server_tool_item import OutputFilesServerToolItem
    from .output_files_server_tool_item_type import OutputFilesServerToolItemType
    from .output_function_call_item import OutputFunctionCallItem
    from .output_function_call_item_subagent_items_item import (
        OutputFunctionCallItemSubagentItemsItem,
    )
    from .output_fusion_server_tool_item import OutputFusionServerToolItem
    from .output_fusion_server_tool_item_failed_models_item import (
        OutputFusionServerToolItemFailedModelsItem,
    )
    from .output_fusion_server_tool_item_responses_item import (
        OutputFusionServerToolItemResponsesItem,
    )
    from .output_fusion_server_tool_item_type import OutputFusionServerToolItemType
    from .output_image_generation_call_item import OutputImageGenerationCallItem
    from .output_image_generation_server_tool_item import (
        OutputImageGenerationServerToolItem,
    )
    from .output_image_generation_server_tool_item_type import (
        OutputImageGenerationServerToolItemType,
    )
    from .output_item_added_event import OutputItemAddedEvent
    from .output_item_added_event_type import OutputItemAddedEventType
    from .output_item_apply_patch_call import OutputItemApplyPatchCall
    from .output_item_apply_patch_call_status import OutputItemApplyPatchCallStatus
    from .output_item_apply_patch_call_type import OutputItemApplyPatchCallType
    from .output_item_code_interpreter_call import OutputItemCodeInterpreterCall
    from .output_item_code_interpreter_call_type import (
        OutputItemCodeInterpreterCallType,
    )
    from .output_item_custom_tool_call import OutputItemCustomToolCall
    from .output_item_custom_tool_call_type import OutputItemCustomToolCallType
    from .output_item_done_event import OutputItemDoneEvent
    from .output_item_done_event_type import OutputItemDoneEventType
    from .output_item_file_search_call import OutputItemFileSearchCall
    from .output_item_file_search_call_type import OutputItemFileSearchCallType
    from .output_item_function_call import OutputItemFunctionCall
    from .output_item_function_call_status_type_0 import (
        OutputItemFunctionCallStatusType0,
    )
    from .output_item_function_call_status_type_1 import (
        OutputItemFunctionCallStatusType1,
    )
    from .output_item_function_call_status_type_2 import (
        OutputItemFunctionCallStatusType2,
    )
    from .output_item_function_call_type import OutputItemFunctionCallType
    from .output_item_image_generation_call import OutputItemImageGenerationCall
    from .output_item_image_generation_call_type import (
        OutputItemImageGenerationCallType,
    )
    from .output_item_reasoning import OutputItemReasoning
    from .output_item_reasoning_status_type_0 import OutputItemReasoningStatusType0
    from .output_item_reasoning_status_type_1 import OutputItemReasoningStatusType1
    from .output_item_reasoning_status_type_2 import OutputItemReasoningStatusType2
    from .output_item_reasoning_type import OutputItemReasoningType
    from .output_item_web_search_call import OutputItemWebSearchCall
    from .output_item_web_search_call_action_find_in_page import (
        OutputItemWebSearchCallActionFindInPage,
    )
    from .output_item_web_search_call_action_find_in_page_type import (
        OutputItemWebSearchCallActionFindInPageType,
    )
    from .output_item_web_search_call_action_open_page import (
        OutputItemWebSearchCallActionOpenPage,
    )
    from .output_item_web_search_call_action_open_page_type import (
        OutputItemWebSearchCallActionOpenPageType,
    )
    from .output_item_web_search_call_action_search import (
        OutputItemWebSearchCallActionSearch,
    )
    from .output_item_web_search_call_action_search_type import (
        OutputItemWebSearchCallActionSearchType,
    )
    from .output_item_web_search_call_type import OutputItemWebSearchCallType
    from .output_mcp_server_tool_item import OutputMcpServerToolItem
    from .output_mcp_server_tool_item_type import OutputMcpServerToolItemType
    from .output_memory_server_tool_item import OutputMemoryServerToolItem
    from .output_memory_server_tool_item_type import OutputMemoryServerToolItemType
    from .output_message import OutputMessage
    from .output_message_item import OutputMessageItem
    from .output_message_phase_type_0 import OutputMessagePhaseType0
    from .output_message_phase_type_1 import OutputMessagePhaseType1
    from .output_message_role import OutputMessageRole
    from .output_message_status_type_0 import OutputMessageStatusType0
    from .output_message_status_type_1 import OutputMessageStatusType1
    from .output_message_status_type_2 import OutputMessageStatusType2
    from .output_message_type import OutputMessageType
    from .output_modality_enum import OutputModalityEnum
    from .output_reasoning_item import OutputReasoningItem
    from .output_reasoning_item_status_type_0 import OutputReasoningItemStatusType0
    from .output_reasoning_item_status_type_1 import OutputReasoningItemStatusType1
    from .output_reasoning_item_status_type_2 import OutputReasoningItemStatusType2
    from .output_reasoning_item_type import OutputReasoningItemType
    from .output_search_models_server_tool_item import OutputSearchModelsServerToolItem
    from .output_search_models_server_tool_item_type import (
        OutputSearchModelsServerToolItemType,
    )
    from .output_shell_call_item import OutputShellCallItem
    from .output_shell_call_item_action import OutputShellCallItemAction
    from .output_shell_call_item_type import OutputShellCallItemType
    from .output_shell_call_output_item import OutputShellCallOutputItem
    from .output_shell_call_output_item_type import OutputShellCallOutputItemType
    from .output_shell_server_tool_item import OutputShellServerToolItem
    from .output_shell_server_tool_item_action import OutputShellServerToolItemAction
    from .output_shell_server_tool_item_type import OutputShellServerToolItemType
    from .output_subagent_server_tool_item import OutputSubagentServerToolItem
    from .output_subagent_server_tool_item_type import OutputSubagentServerToolItemType
    from .output_text_editor_server_tool_item import OutputTextEditorServerToolItem
    from .output_text_editor_server_tool_item_type import (
        OutputTextEditorServerToolItemType,
    )
    from .output_tool_search_server_tool_item import OutputToolSearchServerToolItem
    from .output_tool_search_server_tool_item_type import (
        OutputToolSearchServerToolItemType,
    )
    from .output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from .output_web_fetch_server_tool_item_type import OutputWebFetchServerToolItemType
    from .output_web_search_call_item import OutputWebSearchCallItem
    from .output_web_search_server_tool_item import OutputWebSearchServerToolItem
    from .output_web_search_server_tool_item_action import (
        OutputWebSearchServerToolItemAction,
    )
    from .output_web_search_server_tool_item_action_sources_item import (
        OutputWebSearchServerToolItemActionSourcesItem,
    )
    from .output_web_search_server_tool_item_action_sources_item_type import (
        OutputWebSearchServerToolItemActionSourcesItemType,
    )
    from .output_web_search_server_tool_item_action_type import (
        OutputWebSearchServerToolItemActionType,
    )
    from .output_web_search_server_tool_item_type import (
        OutputWebSearchServerToolItemType,
    )
    from .pareto_router_plugin import ParetoRouterPlugin
    from .pareto_router_plugin_id import ParetoRouterPluginId
    from .pareto_router_plugin_price_source import ParetoRouterPluginPriceSource
    from .payload_too_large_response import PayloadTooLargeResponse
    from .payload_too_large_response_error_data import PayloadTooLargeResponseErrorData
    from .payload_too_large_response_error_data_metadata_type_0 import (
        PayloadTooLargeResponseErrorDataMetadataType0,
    )
    from .payment_required_response import PaymentRequiredResponse
    from .payment_required_response_error_data import PaymentRequiredResponseErrorData
    from .payment_required_response_error_data_metadata_type_0 import (
        PaymentRequiredResponseErrorDataMetadataType0,
    )
    from .pdf_parser_engine_type_0 import PDFParserEngineType0
    from .pdf_parser_engine_type_1 import PDFParserEngineType1
    from .pdf_parser_options import PDFParserOptions
    from .per_request_limits import PerRequestLimits
    from .percentile_latency_cutoffs import PercentileLatencyCutoffs
    from .percentile_stats import PercentileStats
    from .percentile_throughput_cutoffs import PercentileThroughputCutoffs
    from .pipeline_stage import PipelineStage
    from .pipeline_stage_data import PipelineStageData
    from .prediction import Prediction
    from .prediction_content_text import PredictionContentText
    from .prediction_content_text_type import PredictionContentTextType
    from .prediction_type import PredictionType
    from .preset import Preset
    from .preset_designated_version import PresetDesignatedVersion
    from .preset_designated_version_config import PresetDesignatedVersionConfig
    from .preset_with_designated_version import PresetWithDesignatedVersion
    from .preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from .preview_20250311_web_search_server_tool_type import (
        Preview20250311WebSearchServerToolType,
    )
    from .preview_web_search_server_tool import PreviewWebSearchServerTool
    from .preview_web_search_server_tool_type import PreviewWebSearchServerToolType
    from .preview_web_search_user_location import PreviewWebSearchUserLocation
    from .preview_web_search_user_location_type import PreviewWebSearchUserLocationType
    from .pricing_override import PricingOverride
    from .prompt_cache_breakpoint import PromptCacheBreakpoint
    from .prompt_cache_breakpoint_mode import PromptCacheBreakpointMode
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_mode import PromptCacheOptionsMode
    from .provider_options import ProviderOptions
    from .provider_options_01_ai import ProviderOptions01Ai
    from .provider_options_ai_21 import ProviderOptionsAi21
    from .provider_options_aion_labs import ProviderOptionsAionLabs
    from .provider_options_akashml import ProviderOptionsAkashml
    from .provider_options_alibaba import ProviderOptionsAlibaba
    from .provider_options_amazon_bedrock import ProviderOptionsAmazonBedrock
    from .provider_options_amazon_bedrockclaude_on_aws import (
        ProviderOptionsAmazonBedrockclaudeOnAws,
    )
    from .provider_options_amazon_nova import ProviderOptionsAmazonNova
    from .provider_options_ambient import ProviderOptionsAmbient
    from .provider_options_anthropic import ProviderOptionsAnthropic
    from .provider_options_anthropic_2 import ProviderOptionsAnthropic2
    from .provider_options_anyscale import ProviderOptionsAnyscale
    from .provider_options_arcee_ai import ProviderOptionsArceeAi
    from .provider_options_atlas_cloud import ProviderOptionsAtlasCloud
    from .provider_options_atoma import ProviderOptionsAtoma
    from .provider_options_avian import ProviderOptionsAvian
    from .provider_options_azure import ProviderOptionsAzure
    from .provider_options_baidu import ProviderOptionsBaidu
    from .provider_options_baseten import ProviderOptionsBaseten
    from .provider_options_black_forest_labs import ProviderOptionsBlackForestLabs
    from .provider_options_byteplus import ProviderOptionsByteplus
    from .provider_options_centml import ProviderOptionsCentml
    from .provider_options_cerebras import ProviderOptionsCerebras
    from .provider_options_chutes import ProviderOptionsChutes
    from .provider_options_cirrascale import ProviderOptionsCirrascale
    from .provider_options_clarifai import ProviderOptionsClarifai
    from .provider_options_claude_on_aws import ProviderOptionsClaudeOnAws
    from .provider_options_cloudflare import ProviderOptionsCloudflare
    from .provider_options_cohere import ProviderOptionsCohere
    from .provider_options_coreweave import ProviderOptionsCoreweave
    from .provider_options_crofai import ProviderOptionsCrofai
    from .provider_options_crucible import ProviderOptionsCrucible
    from .provider_options_crusoe import ProviderOptionsCrusoe
    from .provider_options_darkbloom import ProviderOptionsDarkbloom
    from .provider_options_databricks import ProviderOptionsDatabricks
    from .provider_options_decart import ProviderOptionsDecart
    from .provider_options_deepgram import ProviderOptionsDeepgram
    from .provider_options_deepinfra import ProviderOptionsDeepinfra
    from .provider_options_deepseek import ProviderOptionsDeepseek
    from .provider_options_dekallm import ProviderOptionsDekallm
    from .provider_options_digitalocean import ProviderOptionsDigitalocean
    from .provider_options_enfer import ProviderOptionsEnfer
    from .provider_options_fake_provider import ProviderOptionsFakeProvider
    from .provider_options_featherless import ProviderOptionsFeatherless
    from .provider_options_fireworks import ProviderOptionsFireworks
    from .provider_options_fish_audio import ProviderOptionsFishAudio
    from .provider_options_friendli import ProviderOptionsFriendli
    from .provider_options_gmicloud import ProviderOptionsGmicloud
    from .provider_options_google_ai_studio import ProviderOptionsGoogleAiStudio
    from .provider_options_google_vertex import ProviderOptionsGoogleVertex
    from .provider_options_gopomelo import ProviderOptionsGopomelo
    from .provider_options_groq import ProviderOptionsGroq
    from .provider_options_heygen import ProviderOptionsHeygen
    from .provider_options_huggingface import ProviderOptionsHuggingface
    from .provider_options_hyperbolic import ProviderOptionsHyperbolic
    from .provider_options_hyperbolic_quantized import (
        ProviderOptionsHyperbolicQuantized,
    )
    from .provider_options_inception import ProviderOptionsInception
    from .provider_options_inceptron import ProviderOptionsInceptron
    from .provider_options_inferact_vllm import ProviderOptionsInferactVllm
    from .provider_options_inference_net import ProviderOptionsInferenceNet
    from .provider_options_infermatic import ProviderOptionsInfermatic
    from .provider_options_inflection import ProviderOptionsInflection
    from .provider_options_inocloud import ProviderOptionsInocloud
    from .provider_options_io_net import ProviderOptionsIoNet
    from .provider_options_ionstream import ProviderOptionsIonstream
    from .provider_options_klusterai import ProviderOptionsKlusterai
    from .provider_options_krea import ProviderOptionsKrea
    from .provider_options_lambda import ProviderOptionsLambda
    from .provider_options_lepton import ProviderOptionsLepton
    from .provider_options_liquid import ProviderOptionsLiquid
    from .provider_options_lynn import ProviderOptionsLynn
    from .provider_options_lynn_private import ProviderOptionsLynnPrivate
    from .provider_options_makora import ProviderOptionsMakora
    from .provider_options_mancer import ProviderOptionsMancer
    from .provider_options_mancer_old import ProviderOptionsMancerOld
    from .provider_options_mara import ProviderOptionsMara
    from .provider_options_meta import ProviderOptionsMeta
    from .provider_options_minimax import ProviderOptionsMinimax
    from .provider_options_mistral import ProviderOptionsMistral
    from .provider_options_modal import ProviderOptionsModal
    from .provider_options_modelrun import ProviderOptionsModelrun
    from .provider_options_modular import ProviderOptionsModular
    from .provider_options_moonshotai import ProviderOptionsMoonshotai
    from .provider_options_morph import ProviderOptionsMorph
    from .provider_options_ncompass import ProviderOptionsNcompass
    from .provider_options_nebius import ProviderOptionsNebius
    from .provider_options_nex_agi import ProviderOptionsNexAgi
    from .provider_options_nextbit import ProviderOptionsNextbit
    from .provider_options_nineteen import ProviderOptionsNineteen
    from .provider_options_novita import ProviderOptionsNovita
    from .provider_options_nvidia import ProviderOptionsNvidia
    from .provider_options_octoai import ProviderOptionsOctoai
    from .provider_options_open_inference import ProviderOptionsOpenInference
    from .provider_options_openai import ProviderOptionsOpenai
    from .provider_options_parasail import ProviderOptionsParasail
    from .provider_options_perceptron import ProviderOptionsPerceptron
    from .provider_options_perplexity import ProviderOptionsPerplexity
    from .provider_options_phala import ProviderOptionsPhala
    from .provider_options_poolside import ProviderOptionsPoolside
    from .provider_options_quiver import ProviderOptionsQuiver
    from .provider_options_recraft import ProviderOptionsRecraft
    from .provider_options_recursal import ProviderOptionsRecursal
    from .provider_options_reflection import ProviderOptionsReflection
    from .provider_options_reka import ProviderOptionsReka
    from .provider_options_relace import ProviderOptionsRelace
    from .provider_options_replicate import ProviderOptionsReplicate
    from .provider_options_runway import ProviderOptionsRunway
    from .provider_options_sail_research import ProviderOptionsSailResearch
    from .provider_options_sakana import ProviderOptionsSakana
    from .provider_options_sakana_ai import ProviderOptionsSakanaAi
    from .provider_options_sambanova import ProviderOptionsSambanova
    from .provider_options_sambanova_cloaked import ProviderOptionsSambanovaCloaked
    from .provider_options_seed import ProviderOptionsSeed
    from .provider_options_sf_compute import ProviderOptionsSfCompute
    from .provider_options_siliconflow import ProviderOptionsSiliconflow
    from .provider_options_sourceful import ProviderOptionsSourceful
    from .provider_options_stealth import ProviderOptionsStealth
    from .provider_options_stepfun import ProviderOptionsStepfun
    from .provider_options_streamlake import ProviderOptionsStreamlake
    from .provider_options_switchpoint import ProviderOptionsSwitchpoint
    from .provider_options_targon import ProviderOptionsTargon
    from .provider_options_tencent import ProviderOptionsTencent
    from .provider_options_tenstorrent import ProviderOptionsTenstorrent
    from .provider_options_thinkingmachines import ProviderOptionsThinkingmachines
    from .provider_options_together import ProviderOptionsTogether
    from .provider_options_together_lite import ProviderOptionsTogetherLite
    from .provider_options_ubicloud import ProviderOptionsUbicloud
    from .provider_options_upstage import ProviderOptionsUpstage
    from .provider_options_venice import ProviderOptionsVenice
    from .provider_options_voyageai import ProviderOptionsVoyageai
    from .provider_options_wafer import ProviderOptionsWafer
    from .provider_options_wandb import ProviderOptionsWandb
    from .provider_options_wandb_legacy import ProviderOptionsWandbLegacy
    from .provider_options_xai import ProviderOptionsXai
    from .provider_options_xiaomi import ProviderOptionsXiaomi
    from .provider_options_z_ai import ProviderOptionsZAi
    from .provider_overloaded_response import ProviderOverloadedResponse
    from .provider_overloaded_response_error_data import (
        ProviderOverloadedResponseErrorData,
    )
    from .provider_overloaded_response_error_data_metadata_type_0 import (
        ProviderOverloadedResponseErrorDataMetadataType0,
    )
    from .provider_preferences import ProviderPreferences
    from .provider_preferences_data_collection_type_1 import (
        ProviderPreferencesDataCollectionType1,
    )
    from .provider_preferences_data_collection_type_2_type_1 import (
        ProviderPreferencesDataCollectionType2Type1,
    )
    from .provider_preferences_data_collection_type_3_type_1 import (
        ProviderPreferencesDataCollectionType3Type1,
    )
    from .provider_preferences_max_price import ProviderPreferencesMaxPrice
    from .provider_response import ProviderResponse
    from .provider_sort import ProviderSort
    from .provider_sort_config import ProviderSortConfig
    from .provider_sort_config_by_type_1 import ProviderSortConfigByType1
    from .provider_sort_config_by_type_2_type_1 import ProviderSortConfigByType2Type1
    from .provider_sort_config_by_type_3_type_1 import ProviderSortConfigByType3Type1
    from .provider_sort_config_partition_type_1 import ProviderSortConfigPartitionType1
    from .provider_sort_config_partition_type_2_type_1 import (
        ProviderSortConfigPartitionType2Type1,
    )
    from .provider_sort_config_partition_type_3_type_1 import (
        ProviderSortConfigPartitionType3Type1,
    )
    from .public_endpoint import PublicEndpoint
    from .public_endpoint_pricing import PublicEndpointPricing
    from .public_pricing import PublicPricing
    from .query_analytics_request import QueryAnalyticsRequest
    from .query_analytics_request_classifier_dimensions import (
        QueryAnalyticsRequestClassifierDimensions,
    )
    from .query_analytics_request_classifier_filters import (
        QueryAnalyticsRequestClassifierFilters,
    )
    from .query_analytics_request_classifier_filters_filters_item import (
        QueryAnalyticsRequestClassifierFiltersFiltersItem,
    )
    from .query_analytics_request_filters_item import QueryAnalyticsRequestFiltersItem
    from .query_analytics_request_order_by import QueryAnalyticsRequestOrderBy
    from .query_analytics_request_order_by_direction import (
        QueryAnalyticsRequestOrderByDirection,
    )
    from .query_analytics_request_time_range import QueryAnalyticsRequestTimeRange
    from .query_analytics_response import QueryAnalyticsResponse
    from .query_analytics_response_data import QueryAnalyticsResponseData
    from .query_analytics_response_data_data_item import (
        QueryAnalyticsResponseDataDataItem,
    )
    from .query_analytics_response_data_metadata import (
        QueryAnalyticsResponseDataMetadata,
    )
    from .range_capability import RangeCapability
    from .range_capability_type import RangeCapabilityType
    from .rankings_daily_item import RankingsDailyItem
    from .rankings_daily_meta import RankingsDailyMeta
    from .rankings_daily_meta_version import RankingsDailyMetaVersion
    from .rankings_daily_response import RankingsDailyResponse
    from .reasoning_config import ReasoningConfig
    from .reasoning_delta_event import ReasoningDeltaEvent
    from .reasoning_detail_encrypted import ReasoningDetailEncrypted
    from .reasoning_detail_encrypted_type import ReasoningDetailEncryptedType
    from .reasoning_detail_other import ReasoningDetailOther
    from .reasoning_detail_server_tool_call import ReasoningDetailServerToolCall
    from .reasoning_detail_server_tool_call_type import (
        ReasoningDetailServerToolCallType,
    )
    from .reasoning_detail_summary import ReasoningDetailSummary
    from .reasoning_detail_summary_type import ReasoningDetailSummaryType
    from .reasoning_detail_text import ReasoningDetailText
    from .reasoning_detail_text_type import ReasoningDetailTextType
    from .reasoning_done_event import ReasoningDoneEvent
    from .reasoning_item import ReasoningItem
    from .reasoning_item_status_type_0 import ReasoningItemStatusType0
    from .reasoning_item_status_type_1 import ReasoningItemStatusType1
    from .reasoning_item_status_type_2 import ReasoningItemStatusType2
    from .reasoning_item_type import ReasoningItemType
    from .reasoning_summary_part_added_event import ReasoningSummaryPartAddedEvent
    from .reasoning_summary_part_done_event import ReasoningSummaryPartDoneEvent
    from .reasoning_summary_text import ReasoningSummaryText
    from .reasoning_summary_text_delta_event import ReasoningSummaryTextDeltaEvent
    from .reasoning_summary_text_done_event import ReasoningSummaryTextDoneEvent
    from .reasoning_summary_text_type import ReasoningSummaryTextType
    from .reasoning_text_content import ReasoningTextContent
    from .reasoning_text_content_type import ReasoningTextContentType
    from .refusal_delta_event import RefusalDeltaEvent
    from .refusal_done_event import RefusalDoneEvent
    from .request_metadata import RequestMetadata
    from .request_timeout_response import RequestTimeoutResponse
    from .request_timeout_response_error_data import RequestTimeoutResponseErrorData
    from .request_timeout_response_error_data_metadata_type_0 import (
        RequestTimeoutResponseErrorDataMetadataType0,
    )
    from .response_healing_plugin import ResponseHealingPlugin
    from .response_healing_plugin_id import ResponseHealingPluginId
    from .response_includes_enum import ResponseIncludesEnum
    from .response_output_text import ResponseOutputText
    from .response_output_text_logprobs_item import ResponseOutputTextLogprobsItem
    from .response_output_text_logprobs_item_top_logprobs_item import (
        ResponseOutputTextLogprobsItemTopLogprobsItem,
    )
    from .response_output_text_type import ResponseOutputTextType
    from .responses_error_field import ResponsesErrorField
    from .responses_request import ResponsesRequest
    from .responses_request_service_tier_type_1 import ResponsesRequestServiceTierType1
    from .responses_request_service_tier_type_2_type_1 import (
        ResponsesRequestServiceTierType2Type1,
    )
    from .responses_request_service_tier_type_3_type_1 import (
        ResponsesRequestServiceTierType3Type1,
    )
    from .responses_request_tools_item_function import ResponsesRequestToolsItemFunction
    from .responses_streaming_response import ResponsesStreamingResponse
    from .router_attempt import RouterAttempt
    from .router_params import RouterParams
    from .scim_group import ScimGroup
    from .scim_group_mapping import ScimGroupMapping
    from .search_models_server_tool_config import SearchModelsServerToolConfig
    from .search_models_server_tool_open_router import SearchModelsServerToolOpenRouter
    from .search_models_server_tool_open_router_type import (
        SearchModelsServerToolOpenRouterType,
    )
    from .search_quality_level import SearchQualityLevel
    from .server_tool_use_details import ServerToolUseDetails
    from .service_tier import ServiceTier
    from .service_unavailable_response import ServiceUnavailableResponse
    from .service_unavailable_response_error_data import (
        ServiceUnavailableResponseErrorData,
    )
    from .service_unavailable_response_error_data_metadata_type_0 import (
        ServiceUnavailableResponseErrorDataMetadataType0,
    )
    from .session_cost_item import SessionCostItem
    from .session_cost_meta import SessionCostMeta
    from .session_cost_meta_version import SessionCostMetaVersion
    from .session_cost_response import SessionCostResponse
    from .shell_call_item import ShellCallItem
    from .shell_call_item_action import ShellCallItemAction
    from .shell_call_item_type import ShellCallItemType
    from .shell_call_output_content import ShellCallOutputContent
    from .shell_call_output_content_outcome_exit import (
        ShellCallOutputContentOutcomeExit,
    )
    from .shell_call_output_content_outcome_exit_type import (
        ShellCallOutputContentOutcomeExitType,
    )
    from .shell_call_output_content_outcome_timeout import (
        ShellCallOutputContentOutcomeTimeout,
    )
    from .shell_call_output_content_outcome_timeout_type import (
        ShellCallOutputContentOutcomeTimeoutType,
    )
    from .shell_call_output_item import ShellCallOutputItem
    from .shell_call_output_item_type import ShellCallOutputItemType
    from .shell_server_tool import ShellServerTool
    from .shell_server_tool_config import ShellServerToolConfig
    from .shell_server_tool_engine import ShellServerToolEngine
    from .shell_server_tool_open_router import ShellServerToolOpenRouter
    from .shell_server_tool_open_router_type import ShellServerToolOpenRouterType
    from .shell_server_tool_type import ShellServerToolType
    from .speech_input_reference_audio import SpeechInputReferenceAudio
    from .speech_input_reference_audio_input import SpeechInputReferenceAudioInput
    from .speech_input_reference_audio_type import SpeechInputReferenceAudioType
    from .speech_input_reference_text import SpeechInputReferenceText
    from .speech_input_reference_text_type import SpeechInputReferenceTextType
    from .speech_request import SpeechRequest
    from .speech_request_provider import SpeechRequestProvider
    from .speech_request_response_format import SpeechRequestResponseFormat
    from .stop_server_tools_when_finish_reason_is import (
        StopServerToolsWhenFinishReasonIs,
    )
    from .stop_server_tools_when_finish_reason_is_type import (
        StopServerToolsWhenFinishReasonIsType,
    )
    from .stop_server_tools_when_has_tool_call import StopServerToolsWhenHasToolCall
    from .stop_server_tools_when_has_tool_call_type import (
        StopServerToolsWhenHasToolCallType,
    )
    from .stop_server_tools_when_max_cost import StopServerToolsWhenMaxCost
    from .stop_server_tools_when_max_cost_type import StopServerToolsWhenMaxCostType
    from .stop_server_tools_when_max_tokens_used import StopServerToolsWhenMaxTokensUsed
    from .stop_server_tools_when_max_tokens_used_type import (
        StopServerToolsWhenMaxTokensUsedType,
    )
    from .stop_server_tools_when_step_count_is import StopServerToolsWhenStepCountIs
    from .stop_server_tools_when_step_count_is_type import (
        StopServerToolsWhenStepCountIsType,
    )
    from .stored_prompt_template import StoredPromptTemplate
    from .stored_prompt_template_variables_type_0 import (
        StoredPromptTemplateVariablesType0,
    )
    from .stream_events_response_completed import StreamEventsResponseCompleted
    from .stream_events_response_completed_type import StreamEventsResponseCompletedType
    from .stream_events_response_failed import StreamEventsResponseFailed
    from .stream_events_response_failed_type import StreamEventsResponseFailedType
    from .stream_events_response_incomplete import StreamEventsResponseIncomplete
    from .stream_events_response_incomplete_type import (
        StreamEventsResponseIncompleteType,
    )
    from .stream_events_response_output_item_added import (
        StreamEventsResponseOutputItemAdded,
    )
    from .stream_events_response_output_item_added_type import (
        StreamEventsResponseOutputItemAddedType,
    )
    from .stream_events_response_output_item_done import (
        StreamEventsResponseOutputItemDone,
    )
    from .stream_events_response_output_item_done_type import (
        StreamEventsResponseOutputItemDoneType,
    )
    from .stream_logprob import StreamLogprob
    from .stream_logprob_top_logprob import StreamLogprobTopLogprob
    from .stt_input_audio import STTInputAudio
    from .stt_request import STTRequest
    from .stt_request_provider import STTRequestProvider
    from .stt_request_response_format import STTRequestResponseFormat
    from .stt_response import STTResponse
    from .stt_segment import STTSegment
    from .stt_timestamp_granularity import STTTimestampGranularity
    from .stt_usage import STTUsage
    from .stt_word import STTWord
    from .subagent_nested_tool import SubagentNestedTool
    from .subagent_nested_tool_parameters import SubagentNestedToolParameters
    from .subagent_reasoning import SubagentReasoning
    from .subagent_reasoning_effort import SubagentReasoningEffort
    from .subagent_server_tool_config import SubagentServerToolConfig
    from .subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from .subagent_server_tool_open_router_type import SubagentServerToolOpenRouterType
    from .submit_generation_feedback_request import SubmitGenerationFeedbackRequest
    from .submit_generation_feedback_request_category import (
        SubmitGenerationFeedbackRequestCategory,
    )
    from .submit_generation_feedback_response import SubmitGenerationFeedbackResponse
    from .submit_generation_feedback_response_data import (
        SubmitGenerationFeedbackResponseData,
    )
    from .supported_parameters import SupportedParameters
    from .task_classification_item import TaskClassificationItem
    from .task_classification_macro_category import TaskClassificationMacroCategory
    from .task_classification_model import TaskClassificationModel
    from .task_classification_response import TaskClassificationResponse
    from .task_classification_response_data import TaskClassificationResponseData
    from .text_config import TextConfig
    from .text_config_verbosity_type_1 import TextConfigVerbosityType1
    from .text_config_verbosity_type_2_type_1 import TextConfigVerbosityType2Type1
    from .text_config_verbosity_type_3_type_1 import TextConfigVerbosityType3Type1
    from .text_delta_event import TextDeltaEvent
    from .text_delta_event_type import TextDeltaEventType
    from .text_done_event import TextDoneEvent
    from .text_done_event_type import TextDoneEventType
    from .text_extended_config import TextExtendedConfig
    from .too_many_requests_response import TooManyRequestsResponse
    from .too_many_requests_response_error_data import TooManyRequestsResponseErrorData
    from .too_many_requests_response_error_data_metadata_type_0 import (
        TooManyRequestsResponseErrorDataMetadataType0,
    )
    from .tool_choice_allowed import ToolChoiceAllowed
    from .tool_choice_allowed_mode_type_0 import ToolChoiceAllowedModeType0
    from .tool_choice_allowed_mode_type_1 import ToolChoiceAllowedModeType1
    from .tool_choice_allowed_tools_item import ToolChoiceAllowedToolsItem
    from .tool_choice_allowed_type import ToolChoiceAllowedType
    from .tool_search_server_tool import ToolSearchServerTool
    from .tool_search_server_tool_config import ToolSearchServerToolConfig
    from .tool_search_server_tool_type import ToolSearchServerToolType
    from .top_provider_info import TopProviderInfo
    from .trace_config import TraceConfig
    from .unauthorized_response import UnauthorizedResponse
    from .unauthorized_response_error_data import UnauthorizedResponseErrorData
    from .unauthorized_response_error_data_metadata_type_0 import (
        UnauthorizedResponseErrorDataMetadataType0,
    )
    from .unified_benchmark_pricing import UnifiedBenchmarkPricing
    from .unified_benchmarks_aa_item import UnifiedBenchmarksAAItem
    from .unified_benchmarks_aa_item_source import UnifiedBenchmarksAAItemSource
    from .unified_benchmarks_da_item import UnifiedBenchmarksDAItem
    from .unified_benchmarks_da_item_source import UnifiedBenchmarksDAItemSource
    from .unified_benchmarks_da_item_tournament_stats import (
        UnifiedBenchmarksDAItemTournamentStats,
    )
    from .unified_benchmarks_meta import UnifiedBenchmarksMeta
    from .unified_benchmarks_meta_version import UnifiedBenchmarksMetaVersion
    from .unified_benchmarks_or_item import UnifiedBenchmarksORItem
    from .unified_benchmarks_or_item_source import UnifiedBenchmarksORItemSource
    from .unified_benchmarks_response import UnifiedBenchmarksResponse
    from .unified_benchmarks_search_item import UnifiedBenchmarksSearchItem
    from .unified_benchmarks_search_item_source import UnifiedBenchmarksSearchItemSource
    from .unified_benchmarks_search_run_config import UnifiedBenchmarksSearchRunConfig
    from .unprocessable_entity_response import UnprocessableEntityResponse
    from .unprocessable_entity_response_error_data import (
        UnprocessableEntityResponseErrorData,
    )
    from .unprocessable_entity_response_error_data_metadata_type_0 import (
        UnprocessableEntityResponseErrorDataMetadataType0,
    )
    from .update_byok_key_request import UpdateBYOKKeyRequest
    from .update_byok_key_response import UpdateBYOKKeyResponse
    from .update_guardrail_request import UpdateGuardrailRequest
    from .update_guardrail_response import UpdateGuardrailResponse
    from .update_keys_request import UpdateKeysRequest
    from .update_keys_request_limit_reset_type_1 import UpdateKeysRequestLimitResetType1
    from .update_keys_request_limit_reset_type_2_type_1 import (
        UpdateKeysRequestLimitResetType2Type1,
    )
    from .update_keys_request_limit_reset_type_3_type_1 import (
        UpdateKeysRequestLimitResetType3Type1,
    )
    from .update_keys_response import UpdateKeysResponse
    from .update_keys_response_data import UpdateKeysResponseData
    from .update_observability_destination_request import (
        UpdateObservabilityDestinationRequest,
    )
    from .update_observability_destination_request_config import (
        UpdateObservabilityDestinationRequestConfig,
    )
    from .update_observability_destination_response import (
        UpdateObservabilityDestinationResponse,
    )
    from .update_scim_group_mapping_request import UpdateScimGroupMappingRequest
    from .update_scim_group_mapping_request_role import (
        UpdateScimGroupMappingRequestRole,
    )
    from .update_scim_group_mapping_response import UpdateScimGroupMappingResponse
    from .update_workspace_request import UpdateWorkspaceRequest
    from .update_workspace_response import UpdateWorkspaceResponse
    from .upload_file_request import UploadFileRequest
    from .upsert_workspace_budget_request import UpsertWorkspaceBudgetRequest
    from .upsert_workspace_budget_response import UpsertWorkspaceBudgetResponse
    from .url_citation import URLCitation
    from .url_citation_type import URLCitationType
    from .usage import Usage
    from .usage_cost_details import UsageCostDetails
    from .video_generation_request import VideoGenerationRequest
    from .video_generation_request_aspect_ratio import VideoGenerationRequestAspectRatio
    from .video_generation_request_provider import VideoGenerationRequestProvider
    from .video_generation_request_resolution import VideoGenerationRequestResolution
    from .video_generation_response import VideoGenerationResponse
    from .video_generation_usage import VideoGenerationUsage
    from .video_model import VideoModel
    from .video_model_pricing_skus_type_0 import VideoModelPricingSkusType0
    from .video_model_upscale_factor_type_0 import VideoModelUpscaleFactorType0
    from .video_models_list_response import VideoModelsListResponse
    from .web_fetch_engine_enum import WebFetchEngineEnum
    from .web_fetch_plugin import WebFetchPlugin
    from .web_fetch_plugin_id import WebFetchPluginId
    from .web_fetch_server_tool import WebFetchServerTool
    from .web_fetch_server_tool_config import WebFetchServerToolConfig
    from .web_fetch_server_tool_type import WebFetchServerToolType
    from .web_search_call_completed_event import WebSearchCallCompletedEvent
    from .web_search_call_in_progress_event import WebSearchCallInProgressEvent
    from .web_search_call_searching_event import WebSearchCallSearchingEvent
    from .web_search_config import WebSearchConfig
    from .web_search_domain_filter import WebSearchDomainFilter
    from .web_search_engine import WebSearchEngine
    from .web_search_plugin import WebSearchPlugin
    from .web_search_plugin_id import WebSearchPluginId
    from .web_search_plugin_user_location import WebSearchPluginUserLocation
    from .web_search_server_tool import WebSearchServerTool
    from .web_search_server_tool_config import WebSearchServerToolConfig
    from .web_search_server_tool_open_router import WebSearchServerToolOpenRouter
    from .web_search_server_tool_open_router_type import (
        WebSearchServerToolOpenRouterType,
    )
    from .web_search_server_tool_type import WebSearchServerToolType
    from .web_search_source import WebSearchSource
    from .web_search_source_type import WebSearchSourceType
    from .web_search_user_location import WebSearchUserLocation
    from .web_search_user_location_server_tool import WebSearchUserLocationServerTool
    from .web_search_user_location_server_tool_type import (
        WebSearchUserLocationServerToolType,
    )
    from .web_search_user_location_type import WebSearchUserLocationType
    from .workspace import Workspace
    from .workspace_budget import WorkspaceBudget
    from .workspace_budget_interval import WorkspaceBudgetInterval
    from .workspace_member import WorkspaceMember

_MODULES = {
    "AABenchmarkEntry": ".aa_benchmark_entry",
    "ActivityItem": ".activity_item",
    "ActivityResponse": ".activity_response",
    "AdditionalToolsItem": ".additional_tools_item",
    "AdditionalToolsItemRole": ".additional_tools_item_role",
    "AdditionalToolsItemToolsItemFunction": ".additional_tools_item_tools_item_function",
    "AdditionalToolsItemToolsItemVariant28": ".additional_tools_item_tools_item_variant_28",
    "AdditionalToolsItemType": ".additional_tools_item_type",
    "AdvisorReasoning": ".advisor_reasoning",
    "AdvisorReasoningEffort": ".advisor_reasoning_effort",
    "AdvisorServerToolConfig": ".advisor_server_tool_config",
    "AdvisorServerToolOpenRouter": ".advisor_server_tool_open_router",
    "AdvisorServerToolOpenRouterType": ".advisor_server_tool_open_router_type",
    "AgentMessageItem": ".agent_message_item",
    "AgentMessageItemAgentType0": ".agent_message_item_agent_type_0",
    "AgentMessageItemContentItemEncryptedContent": ".agent_message_item_content_item_encrypted_content",
    "AgentMessageItemContentItemEncryptedContentType": ".agent_message_item_content_item_encrypted_content_type",
    "AgentMessageItemContentItemInputImage": ".agent_message_item_content_item_input_image",
    "AgentMessageItemType": ".agent_message_item_type",
    "AnnotationAddedEvent": ".annotation_added_event",
    "AnthropicAdvisorMessageUsageIteration": ".anthropic_advisor_message_usage_iteration",
    "AnthropicAdvisorMessageUsageIterationType": ".anthropic_advisor_message_usage_iteration_type",
    "AnthropicAdvisorToolResult": ".anthropic_advisor_tool_result",
    "AnthropicAdvisorToolResultContent": ".anthropic_advisor_tool_result_content",
    "AnthropicAdvisorToolResultType": ".anthropic_advisor_tool_result_type",
    "AnthropicAllowedCallersItem": ".anthropic_allowed_callers_item",
    "AnthropicBase64ImageSource": ".anthropic_base_64_image_source",
    "AnthropicBase64ImageSourceType": ".anthropic_base_64_image_source_type",
    "AnthropicBase64PdfSource": ".anthropic_base_64_pdf_source",
    "AnthropicBase64PdfSourceMediaType": ".anthropic_base_64_pdf_source_media_type",
    "AnthropicBase64PdfSourceType": ".anthropic_base_64_pdf_source_type",
    "AnthropicBaseUsageIteration": ".anthropic_base_usage_iteration",
    "AnthropicBashCodeExecutionOutput": ".anthropic_bash_code_execution_output",
    "AnthropicBashCodeExecutionOutputType": ".anthropic_bash_code_execution_output_type",
    "AnthropicBashCodeExecutionResult": ".anthropic_bash_code_execution_result",
    "AnthropicBashCodeExecutionResultType": ".anthropic_bash_code_execution_result_type",
    "AnthropicBashCodeExecutionToolResult": ".anthropic_bash_code_execution_tool_result",
    "AnthropicBashCodeExecutionToolResultError": ".anthropic_bash_code_execution_tool_result_error",
    "AnthropicBashCodeExecutionToolResultErrorType": ".anthropic_bash_code_execution_tool_result_error_type",
    "AnthropicBashCodeExecutionToolResultType": ".anthropic_bash_code_execution_tool_result_type",
    "AnthropicCacheControlDirective": ".anthropic_cache_control_directive",
    "AnthropicCacheControlDirectiveType": ".anthropic_cache_control_directive_type",
    "AnthropicCacheCreation": ".anthropic_cache_creation",
    "AnthropicCitationCharLocation": ".anthropic_citation_char_location",
    "AnthropicCitationCharLocationParam": ".anthropic_citation_char_location_param",
    "AnthropicCitationCharLocationParamType": ".anthropic_citation_char_location_param_type",
    "AnthropicCitationCharLocationType": ".anthropic_citation_char_location_type",
    "AnthropicCitationContentBlockLocation": ".anthropic_citation_content_block_location",
    "AnthropicCitationContentBlockLocationParam": ".anthropic_citation_content_block_location_param",
    "AnthropicCitationContentBlockLocationParamType": ".anthropic_citation_content_block_location_param_type",
    "AnthropicCitationContentBlockLocationType": ".anthropic_citation_content_block_location_type",
    "AnthropicCitationPageLocation": ".anthropic_citation_page_location",
    "AnthropicCitationPageLocationParam": ".anthropic_citation_page_location_param",
    "AnthropicCitationPageLocationParamType": ".anthropic_citation_page_location_param_type",
    "AnthropicCitationPageLocationType": ".anthropic_citation_page_location_type",
    "AnthropicCitationSearchResultLocation": ".anthropic_citation_search_result_location",
    "AnthropicCitationSearchResultLocationParam": ".anthropic_citation_search_result_location_param",
    "AnthropicCitationSearchResultLocationParamType": ".anthropic_citation_search_result_location_param_type",
    "AnthropicCitationSearchResultLocationType": ".anthropic_citation_search_result_location_type",
    "AnthropicCitationWebSearchResultLocation": ".anthropic_citation_web_search_result_location",
    "AnthropicCitationWebSearchResultLocationParam": ".anthropic_citation_web_search_result_location_param",
    "AnthropicCitationWebSearchResultLocationParamType": ".anthropic_citation_web_search_result_location_param_type",
    "AnthropicCitationWebSearchResultLocationType": ".anthropic_citation_web_search_result_location_type",
    "AnthropicCitationsConfig": ".anthropic_citations_config",
    "AnthropicCodeExecution20250825Caller": ".anthropic_code_execution_20250825_caller",
    "AnthropicCodeExecution20250825CallerType": ".anthropic_code_execution_20250825_caller_type",
    "AnthropicCodeExecution20260120Caller": ".anthropic_code_execution_20260120_caller",
    "AnthropicCodeExecution20260120CallerType": ".anthropic_code_execution_20260120_caller_type",
    "AnthropicCodeExecutionOutput": ".anthropic_code_execution_output",
    "AnthropicCodeExecutionOutputType": ".anthropic_code_execution_output_type",
    "AnthropicCodeExecutionResult": ".anthropic_code_execution_result",
    "AnthropicCodeExecutionResultType": ".anthropic_code_execution_result_type",
    "AnthropicCodeExecutionToolResult": ".anthropic_code_execution_tool_result",
    "AnthropicCodeExecutionToolResultError": ".anthropic_code_execution_tool_result_error",
    "AnthropicCodeExecutionToolResultErrorType": ".anthropic_code_execution_tool_result_error_type",
    "AnthropicCodeExecutionToolResultType": ".anthropic_code_execution_tool_result_type",
    "AnthropicCompactionBlock": ".anthropic_compaction_block",
    "AnthropicCompactionBlockType": ".anthropic_compaction_block_type",
    "AnthropicCompactionUsageIteration": ".anthropic_compaction_usage_iteration",
    "AnthropicCompactionUsageIterationType": ".anthropic_compaction_usage_iteration_type",
    "AnthropicContainer": ".anthropic_container",
    "AnthropicContainerUpload": ".anthropic_container_upload",
    "AnthropicContainerUploadType": ".anthropic_container_upload_type",
    "AnthropicDirectCaller": ".anthropic_direct_caller",
    "AnthropicDirectCallerType": ".anthropic_direct_caller_type",
    "AnthropicDocumentBlock": ".anthropic_document_block",
    "AnthropicDocumentBlockParam": ".anthropic_document_block_param",
    "AnthropicDocumentBlockParamCitationsType0": ".anthropic_document_block_param_citations_type_0",
    "AnthropicDocumentBlockParamSourceContent": ".anthropic_document_block_param_source_content",
    "AnthropicDocumentBlockParamSourceContentType": ".anthropic_document_block_param_source_content_type",
    "AnthropicDocumentBlockParamType": ".anthropic_document_block_param_type",
    "AnthropicDocumentBlockType": ".anthropic_document_block_type",
    "AnthropicEncryptedCodeExecutionResult": ".anthropic_encrypted_code_execution_result",
    "AnthropicEncryptedCodeExecutionResultType": ".anthropic_encrypted_code_execution_result_type",
    "AnthropicFile": ".anthropic_file",
    "AnthropicFileDeleted": ".anthropic_file_deleted",
    "AnthropicFileDeletedShape": ".anthropic_file_deleted_shape",
    "AnthropicFileDeletedType": ".anthropic_file_deleted_type",
    "AnthropicFileDocumentSource": ".anthropic_file_document_source",
    "AnthropicFileDocumentSourceType": ".anthropic_file_document_source_type",
    "AnthropicFileList": ".anthropic_file_list",
    "AnthropicFileListShape": ".anthropic_file_list_shape",
    "AnthropicFileShape": ".anthropic_file_shape",
    "AnthropicFileType": ".anthropic_file_type",
    "AnthropicImageBlockParam": ".anthropic_image_block_param",
    "AnthropicImageBlockParamType": ".anthropic_image_block_param_type",
    "AnthropicImageMimeType": ".anthropic_image_mime_type",
    "AnthropicInputTokensClearAtLeast": ".anthropic_input_tokens_clear_at_least",
    "AnthropicInputTokensClearAtLeastType": ".anthropic_input_tokens_clear_at_least_type",
    "AnthropicInputTokensTrigger": ".anthropic_input_tokens_trigger",
    "AnthropicInputTokensTriggerType": ".anthropic_input_tokens_trigger_type",
    "AnthropicIterationCacheCreation": ".anthropic_iteration_cache_creation",
    "AnthropicMessageUsageIteration": ".anthropic_message_usage_iteration",
    "AnthropicMessageUsageIterationType": ".anthropic_message_usage_iteration_type",
    "AnthropicMessagesErrorResponse": ".anthropic_messages_error_response",
    "AnthropicMessagesErrorResponseError": ".anthropic_messages_error_response_error",
    "AnthropicMessagesErrorResponseMetadata": ".anthropic_messages_error_response_metadata",
    "AnthropicMessagesErrorResponseType": ".anthropic_messages_error_response_type",
    "AnthropicOutputTokensDetails": ".anthropic_output_tokens_details",
    "AnthropicPlainTextSource": ".anthropic_plain_text_source",
    "AnthropicPlainTextSourceMediaType": ".anthropic_plain_text_source_media_type",
    "AnthropicPlainTextSourceType": ".anthropic_plain_text_source_type",
    "AnthropicRedactedThinkingBlock": ".anthropic_redacted_thinking_block",
    "AnthropicRedactedThinkingBlockType": ".anthropic_redacted_thinking_block_type",
    "AnthropicRefusalStopDetails": ".anthropic_refusal_stop_details",
    "AnthropicRefusalStopDetailsType": ".anthropic_refusal_stop_details_type",
    "AnthropicSearchResultBlockParam": ".anthropic_search_result_block_param",
    "AnthropicSearchResultBlockParamCitations": ".anthropic_search_result_block_param_citations",
    "AnthropicSearchResultBlockParamType": ".anthropic_search_result_block_param_type",
    "AnthropicServerToolUsage": ".anthropic_server_tool_usage",
    "AnthropicTextBlock": ".anthropic_text_block",
    "AnthropicTextBlockParam": ".anthropic_text_block_param",
    "AnthropicTextBlockParamType": ".anthropic_text_block_param_type",
    "AnthropicTextBlockType": ".anthropic_text_block_type",
    "AnthropicTextEditorCodeExecutionCreateResult": ".anthropic_text_editor_code_execution_create_result",
    "AnthropicTextEditorCodeExecutionCreateResultType": ".anthropic_text_editor_code_execution_create_result_type",
    "AnthropicTextEditorCodeExecutionStrReplaceResult": ".anthropic_text_editor_code_execution_str_replace_result",
    "AnthropicTextEditorCodeExecutionStrReplaceResultType": ".anthropic_text_editor_code_execution_str_replace_result_type",
    "AnthropicTextEditorCodeExecutionToolResult": ".anthropic_text_editor_code_execution_tool_result",
    "AnthropicTextEditorCodeExecutionToolResultError": ".anthropic_text_editor_code_execution_tool_result_error",
    "AnthropicTextEditorCodeExecutionToolResultErrorType": ".anthropic_text_editor_code_execution_tool_result_error_type",
    "AnthropicTextEditorCodeExecutionToolResultType": ".anthropic_text_editor_code_execution_tool_result_type",
    "AnthropicTextEditorCodeExecutionViewResult": ".anthropic_text_editor_code_execution_view_result",
    "AnthropicTextEditorCodeExecutionViewResultType": ".anthropic_text_editor_code_execution_view_result_type",
    "AnthropicThinkingBlock": ".anthropic_thinking_block",
    "AnthropicThinkingBlockType": ".anthropic_thinking_block_type",
    "AnthropicThinkingDisplay": ".anthropic_thinking_display",
    "AnthropicThinkingTurns": ".anthropic_thinking_turns",
    "AnthropicThinkingTurnsType": ".anthropic_thinking_turns_type",
    "AnthropicToolReference": ".anthropic_tool_reference",
    "AnthropicToolReferenceType": ".anthropic_tool_reference_type",
    "AnthropicToolSearchResult": ".anthropic_tool_search_result",
    "AnthropicToolSearchResultError": ".anthropic_tool_search_result_error",
    "AnthropicToolSearchResultErrorType": ".anthropic_tool_search_result_error_type",
    "AnthropicToolSearchResultType": ".anthropic_tool_search_result_type",
    "AnthropicToolSearchToolBm25": ".anthropic_tool_search_tool_bm_25",
    "AnthropicToolSearchToolBm25Name": ".anthropic_tool_search_tool_bm_25_name",
    "AnthropicToolSearchToolBm25Type": ".anthropic_tool_search_tool_bm_25_type",
    "AnthropicToolSearchToolRegex": ".anthropic_tool_search_tool_regex",
    "AnthropicToolSearchToolRegexName": ".anthropic_tool_search_tool_regex_name",
    "AnthropicToolSearchToolRegexType": ".anthropic_tool_search_tool_regex_type",
    "AnthropicToolSearchToolResult": ".anthropic_tool_search_tool_result",
    "AnthropicToolSearchToolResultType": ".anthropic_tool_search_tool_result_type",
    "AnthropicToolUseBlock": ".anthropic_tool_use_block",
    "AnthropicToolUseBlockType": ".anthropic_tool_use_block_type",
    "AnthropicToolUsesKeep": ".anthropic_tool_uses_keep",
    "AnthropicToolUsesKeepType": ".anthropic_tool_uses_keep_type",
    "AnthropicToolUsesTrigger": ".anthropic_tool_uses_trigger",
    "AnthropicToolUsesTriggerType": ".anthropic_tool_uses_trigger_type",
    "AnthropicUnknownUsageIteration": ".anthropic_unknown_usage_iteration",
    "AnthropicUrlImageSource": ".anthropic_url_image_source",
    "AnthropicUrlImageSourceType": ".anthropic_url_image_source_type",
    "AnthropicUrlPdfSource": ".anthropic_url_pdf_source",
    "AnthropicUrlPdfSourceType": ".anthropic_url_pdf_source_type",
    "AnthropicUsage": ".anthropic_usage",
    "AnthropicWebFetchBlock": ".anthropic_web_fetch_block",
    "AnthropicWebFetchBlockType": ".anthropic_web_fetch_block_type",
    "AnthropicWebFetchToolResult": ".anthropic_web_fetch_tool_result",
    "AnthropicWebFetchToolResultError": ".anthropic_web_fetch_tool_result_error",
    "AnthropicWebFetchToolResultErrorType": ".anthropic_web_fetch_tool_result_error_type",
    "AnthropicWebFetchToolResultType": ".anthropic_web_fetch_tool_result_type",
    "AnthropicWebSearchResult": ".anthropic_web_search_result",
    "AnthropicWebSearchResultBlockParam": ".anthropic_web_search_result_block_param",
    "AnthropicWebSearchResultBlockParamType": ".anthropic_web_search_result_block_param_type",
    "AnthropicWebSearchResultType": ".anthropic_web_search_result_type",
    "AnthropicWebSearchToolResult": ".anthropic_web_search_tool_result",
    "AnthropicWebSearchToolResultError": ".anthropic_web_search_tool_result_error",
    "AnthropicWebSearchToolResultErrorType": ".anthropic_web_search_tool_result_error_type",
    "AnthropicWebSearchToolResultType": ".anthropic_web_search_tool_result_type",
    "AnthropicWebSearchToolUserLocation": ".anthropic_web_search_tool_user_location",
    "AnthropicWebSearchToolUserLocationType": ".anthropic_web_search_tool_user_location_type",
    "AppRankingsItem": ".app_rankings_item",
    "AppRankingsResponse": ".app_rankings_response",
    "ApplyPatchCallItem": ".apply_patch_call_item",
    "ApplyPatchCallItemType": ".apply_patch_call_item_type",
    "ApplyPatchCallOperationDiffDeltaEvent": ".apply_patch_call_operation_diff_delta_event",
    "ApplyPatchCallOperationDiffDeltaEventType": ".apply_patch_call_operation_diff_delta_event_type",
    "ApplyPatchCallOperationDiffDoneEvent": ".apply_patch_call_operation_diff_done_event",
    "ApplyPatchCallOperationDiffDoneEventType": ".apply_patch_call_operation_diff_done_event_type",
    "ApplyPatchCallOutputItem": ".apply_patch_call_output_item",
    "ApplyPatchCallOutputItemType": ".apply_patch_call_output_item_type",
    "ApplyPatchCreateFileOperation": ".apply_patch_create_file_operation",
    "ApplyPatchCreateFileOperationType": ".apply_patch_create_file_operation_type",
    "ApplyPatchDeleteFileOperation": ".apply_patch_delete_file_operation",
    "ApplyPatchDeleteFileOperationType": ".apply_patch_delete_file_operation_type",
    "ApplyPatchEngineEnum": ".apply_patch_engine_enum",
    "ApplyPatchServerTool": ".apply_patch_server_tool",
    "ApplyPatchServerToolConfig": ".apply_patch_server_tool_config",
    "ApplyPatchServerToolOpenRouter": ".apply_patch_server_tool_open_router",
    "ApplyPatchServerToolOpenRouterType": ".apply_patch_server_tool_open_router_type",
    "ApplyPatchServerToolType": ".apply_patch_server_tool_type",
    "ApplyPatchUpdateFileOperation": ".apply_patch_update_file_operation",
    "ApplyPatchUpdateFileOperationType": ".apply_patch_update_file_operation_type",
    "AutoBetaRouterPlugin": ".auto_beta_router_plugin",
    "AutoBetaRouterPluginCostTier": ".auto_beta_router_plugin_cost_tier",
    "AutoBetaRouterPluginId": ".auto_beta_router_plugin_id",
    "AutoRouterPlugin": ".auto_router_plugin",
    "AutoRouterPluginCostTier": ".auto_router_plugin_cost_tier",
    "AutoRouterPluginId": ".auto_router_plugin_id",
    "BadGatewayResponse": ".bad_gateway_response",
    "BadGatewayResponseErrorData": ".bad_gateway_response_error_data",
    "BadGatewayResponseErrorDataMetadataType0": ".bad_gateway_response_error_data_metadata_type_0",
    "BadRequestResponse": ".bad_request_response",
    "BadRequestResponseErrorData": ".bad_request_response_error_data",
    "BadRequestResponseErrorDataMetadataType0": ".bad_request_response_error_data_metadata_type_0",
    "BaseAnnotationAddedEvent": ".base_annotation_added_event",
    "BaseAnnotationAddedEventType": ".base_annotation_added_event_type",
    "BaseContentPartAddedEvent": ".base_content_part_added_event",
    "BaseContentPartAddedEventType": ".base_content_part_added_event_type",
    "BaseContentPartDoneEvent": ".base_content_part_done_event",
    "BaseContentPartDoneEventType": ".base_content_part_done_event_type",
    "BaseCustomToolCallInputDeltaEvent": ".base_custom_tool_call_input_delta_event",
    "BaseCustomToolCallInputDeltaEventType": ".base_custom_tool_call_input_delta_event_type",
    "BaseCustomToolCallInputDoneEvent": ".base_custom_tool_call_input_done_event",
    "BaseCustomToolCallInputDoneEventType": ".base_custom_tool_call_input_done_event_type",
    "BaseErrorEvent": ".base_error_event",
    "BaseErrorEventType": ".base_error_event_type",
    "BaseFunctionCallArgsDeltaEvent": ".base_function_call_args_delta_event",
    "BaseFunctionCallArgsDeltaEventType": ".base_function_call_args_delta_event_type",
    "BaseFunctionCallArgsDoneEvent": ".base_function_call_args_done_event",
    "BaseFunctionCallArgsDoneEventType": ".base_function_call_args_done_event_type",
    "BaseInputsItemMessage": ".base_inputs_item_message",
    "BaseInputsItemMessagePhaseType0": ".base_inputs_item_message_phase_type_0",
    "BaseInputsItemMessagePhaseType1": ".base_inputs_item_message_phase_type_1",
    "BaseInputsItemMessageRoleType0": ".base_inputs_item_message_role_type_0",
    "BaseInputsItemMessageRoleType1": ".base_inputs_item_message_role_type_1",
    "BaseInputsItemMessageRoleType2": ".base_inputs_item_message_role_type_2",
    "BaseInputsItemMessageRoleType3": ".base_inputs_item_message_role_type_3",
    "BaseInputsItemMessageType": ".base_inputs_item_message_type",
    "BaseMessagesResult": ".base_messages_result",
    "BaseMessagesResultRole": ".base_messages_result_role",
    "BaseMessagesResultType": ".base_messages_result_type",
    "BaseMessagesResultUsage": ".base_messages_result_usage",
    "BaseReasoningConfig": ".base_reasoning_config",
    "BaseReasoningDeltaEvent": ".base_reasoning_delta_event",
    "BaseReasoningDeltaEventType": ".base_reasoning_delta_event_type",
    "BaseReasoningDoneEvent": ".base_reasoning_done_event",
    "BaseReasoningDoneEventType": ".base_reasoning_done_event_type",
    "BaseReasoningSummaryPartAddedEvent": ".base_reasoning_summary_part_added_event",
    "BaseReasoningSummaryPartAddedEventType": ".base_reasoning_summary_part_added_event_type",
    "BaseReasoningSummaryPartDoneEvent": ".base_reasoning_summary_part_done_event",
    "BaseReasoningSummaryPartDoneEventType": ".base_reasoning_summary_part_done_event_type",
    "BaseReasoningSummaryTextDeltaEvent": ".base_reasoning_summary_text_delta_event",
    "BaseReasoningSummaryTextDeltaEventType": ".base_reasoning_summary_text_delta_event_type",
    "BaseReasoningSummaryTextDoneEvent": ".base_reasoning_summary_text_done_event",
    "BaseReasoningSummaryTextDoneEventType": ".base_reasoning_summary_text_done_event_type",
    "BaseRefusalDeltaEvent": ".base_refusal_delta_event",
    "BaseRefusalDeltaEventType": ".base_refusal_delta_event_type",
    "BaseRefusalDoneEvent": ".base_refusal_done_event",
    "BaseRefusalDoneEventType": ".base_refusal_done_event_type",
    "BaseResponsesResult": ".base_responses_result",
    "BaseResponsesResultObject": ".base_responses_result_object",
    "BaseResponsesResultToolsItemFunction": ".base_responses_result_tools_item_function",
    "BaseTextDeltaEvent": ".base_text_delta_event",
    "BaseTextDeltaEventType": ".base_text_delta_event_type",
    "BaseTextDoneEvent": ".base_text_done_event",
    "BaseTextDoneEventType": ".base_text_done_event_type",
    "BashServerTool": ".bash_server_tool",
    "BashServerToolConfig": ".bash_server_tool_config",
    "BashServerToolEngine": ".bash_server_tool_engine",
    "BashServerToolType": ".bash_server_tool_type",
    "BooleanCapability": ".boolean_capability",
    "BooleanCapabilityType": ".boolean_capability_type",
    "BulkAddWorkspaceMembersRequest": ".bulk_add_workspace_members_request",
    "BulkAddWorkspaceMembersResponse": ".bulk_add_workspace_members_response",
    "BulkAssignKeysRequest": ".bulk_assign_keys_request",
    "BulkAssignKeysResponse": ".bulk_assign_keys_response",
    "BulkAssignMembersRequest": ".bulk_assign_members_request",
    "BulkAssignMembersResponse": ".bulk_assign_members_response",
    "BulkRemoveWorkspaceMembersRequest": ".bulk_remove_workspace_members_request",
    "BulkRemoveWorkspaceMembersResponse": ".bulk_remove_workspace_members_response",
    "BulkUnassignKeysRequest": ".bulk_unassign_keys_request",
    "BulkUnassignKeysResponse": ".bulk_unassign_keys_response",
    "BulkUnassignMembersRequest": ".bulk_unassign_members_request",
    "BulkUnassignMembersResponse": ".bulk_unassign_members_response",
    "BYOKKey": ".byok_key",
    "ChatAnnotation": ".chat_annotation",
    "ChatAssistantImagesItem": ".chat_assistant_images_item",
    "ChatAssistantImagesItemImageUrl": ".chat_assistant_images_item_image_url",
    "ChatAssistantMessage": ".chat_assistant_message",
    "ChatAudioOutput": ".chat_audio_output",
    "ChatChoice": ".chat_choice",
    "ChatChoiceError": ".chat_choice_error",
    "ChatChoiceErrorMetadataType0": ".chat_choice_error_metadata_type_0",
    "ChatContentAudio": ".chat_content_audio",
    "ChatContentAudioInputAudio": ".chat_content_audio_input_audio",
    "ChatContentAudioType": ".chat_content_audio_type",
    "ChatContentCacheControl": ".chat_content_cache_control",
    "ChatContentFile": ".chat_content_file",
    "ChatContentFileFile": ".chat_content_file_file",
    "ChatContentFileType": ".chat_content_file_type",
    "ChatContentImage": ".chat_content_image",
    "ChatContentImageImageUrl": ".chat_content_image_image_url",
    "ChatContentImageType": ".chat_content_image_type",
    "ChatContentText": ".chat_content_text",
    "ChatContentTextType": ".chat_content_text_type",
    "ChatContentVideo": ".chat_content_video",
    "ChatContentVideoInput": ".chat_content_video_input",
    "ChatContentVideoType": ".chat_content_video_type",
    "ChatDebugOptions": ".chat_debug_options",
    "ChatDeveloperMessage": ".chat_developer_message",
    "ChatDeveloperMessageRole": ".chat_developer_message_role",
    "ChatFormatGrammarConfig": ".chat_format_grammar_config",
    "ChatFormatGrammarConfigType": ".chat_format_grammar_config_type",
    "ChatFormatJsonObjectConfig": ".chat_format_json_object_config",
    "ChatFormatJsonObjectConfigType": ".chat_format_json_object_config_type",
    "ChatFormatJsonSchemaConfig": ".chat_format_json_schema_config",
    "ChatFormatJsonSchemaConfigType": ".chat_format_json_schema_config_type",
    "ChatFormatPythonConfig": ".chat_format_python_config",
    "ChatFormatPythonConfigType": ".chat_format_python_config_type",
    "ChatFormatTextConfig": ".chat_format_text_config",
    "ChatFormatTextConfigType": ".chat_format_text_config_type",
    "ChatFunctionToolFunction": ".chat_function_tool_function",
    "ChatFunctionToolFunctionFunction": ".chat_function_tool_function_function",
    "ChatFunctionToolFunctionFunctionParameters": ".chat_function_tool_function_function_parameters",
    "ChatFunctionToolFunctionType": ".chat_function_tool_function_type",
    "ChatJsonSchemaConfig": ".chat_json_schema_config",
    "ChatJsonSchemaConfigSchema": ".chat_json_schema_config_schema",
    "ChatNamedToolChoice": ".chat_named_tool_choice",
    "ChatNamedToolChoiceFunction": ".chat_named_tool_choice_function",
    "ChatNamedToolChoiceType": ".chat_named_tool_choice_type",
    "ChatReasoningSummaryVerbosityEnum": ".chat_reasoning_summary_verbosity_enum",
    "ChatRequest": ".chat_request",
    "ChatRequestLogitBiasType0": ".chat_request_logit_bias_type_0",
    "ChatRequestMetadata": ".chat_request_metadata",
    "ChatRequestModalitiesItem": ".chat_request_modalities_item",
    "ChatRequestReasoning": ".chat_request_reasoning",
    "ChatRequestReasoningEffortType1": ".chat_request_reasoning_effort_type_1",
    "ChatRequestReasoningEffortType2Type1": ".chat_request_reasoning_effort_type_2_type_1",
    "ChatRequestReasoningEffortType3Type1": ".chat_request_reasoning_effort_type_3_type_1",
    "ChatRequestServiceTierType1": ".chat_request_service_tier_type_1",
    "ChatRequestServiceTierType2Type1": ".chat_request_service_tier_type_2_type_1",
    "ChatRequestServiceTierType3Type1": ".chat_request_service_tier_type_3_type_1",
    "ChatRequestUsage": ".chat_request_usage",
    "ChatRequestWebSearchOptions": ".chat_request_web_search_options",
    "ChatResult": ".chat_result",
    "ChatResultObject": ".chat_result_object",
    "ChatSearchModelsServerTool": ".chat_search_models_server_tool",
    "ChatSearchModelsServerToolType": ".chat_search_models_server_tool_type",
    "ChatServerToolChoice": ".chat_server_tool_choice",
    "ChatStreamChoice": ".chat_stream_choice",
    "ChatStreamChunk": ".chat_stream_chunk",
    "ChatStreamChunkDebug": ".chat_stream_chunk_debug",
    "ChatStreamChunkError": ".chat_stream_chunk_error",
    "ChatStreamChunkErrorMetadata": ".chat_stream_chunk_error_metadata",
    "ChatStreamChunkObject": ".chat_stream_chunk_object",
    "ChatStreamDelta": ".chat_stream_delta",
    "ChatStreamOptions": ".chat_stream_options",
    "ChatStreamToolCall": ".chat_stream_tool_call",
    "ChatStreamToolCallFunction": ".chat_stream_tool_call_function",
    "ChatStreamToolCallType": ".chat_stream_tool_call_type",
    "ChatStreamingResponse": ".chat_streaming_response",
    "ChatSystemMessage": ".chat_system_message",
    "ChatSystemMessageRole": ".chat_system_message_role",
    "ChatTokenLogprob": ".chat_token_logprob",
    "ChatTokenLogprobTopLogprobsItem": ".chat_token_logprob_top_logprobs_item",
    "ChatTokenLogprobs": ".chat_token_logprobs",
    "ChatToolCall": ".chat_tool_call",
    "ChatToolCallFunction": ".chat_tool_call_function",
    "ChatToolCallType": ".chat_tool_call_type",
    "ChatToolChoiceType0": ".chat_tool_choice_type_0",
    "ChatToolChoiceType1": ".chat_tool_choice_type_1",
    "ChatToolChoiceType2": ".chat_tool_choice_type_2",
    "ChatToolMessage": ".chat_tool_message",
    "ChatToolMessageRole": ".chat_tool_message_role",
    "ChatUrlCitation": ".chat_url_citation",
    "ChatUsage": ".chat_usage",
    "ChatUsageCompletionTokensDetailsType0": ".chat_usage_completion_tokens_details_type_0",
    "ChatUsagePromptTokensDetailsType0": ".chat_usage_prompt_tokens_details_type_0",
    "ChatUserMessage": ".chat_user_message",
    "ChatUserMessageRole": ".chat_user_message_role",
    "ChatWebSearchShorthand": ".chat_web_search_shorthand",
    "ChatWebSearchShorthandType": ".chat_web_search_shorthand_type",
    "CodeInterpreterCallCodeDeltaEvent": ".code_interpreter_call_code_delta_event",
    "CodeInterpreterCallCodeDoneEvent": ".code_interpreter_call_code_done_event",
    "CodeInterpreterCallCompletedEvent": ".code_interpreter_call_completed_event",
    "CodeInterpreterCallInProgressEvent": ".code_interpreter_call_in_progress_event",
    "CodeInterpreterCallInterpretingEvent": ".code_interpreter_call_interpreting_event",
    "CodeInterpreterCallItem": ".code_interpreter_call_item",
    "CodeInterpreterFileOutput": ".code_interpreter_file_output",
    "CodeInterpreterFileOutputType": ".code_interpreter_file_output_type",
    "CodeInterpreterImageOutput": ".code_interpreter_image_output",
    "CodeInterpreterImageOutputType": ".code_interpreter_image_output_type",
    "CodeInterpreterLogsOutput": ".code_interpreter_logs_output",
    "CodeInterpreterLogsOutputType": ".code_interpreter_logs_output_type",
    "CodeInterpreterServerTool": ".code_interpreter_server_tool",
    "CodeInterpreterServerToolContainerAuto": ".code_interpreter_server_tool_container_auto",
    "CodeInterpreterServerToolContainerAutoType": ".code_interpreter_server_tool_container_auto_type",
    "CodeInterpreterServerToolType": ".code_interpreter_server_tool_type",
    "CodexLocalShellTool": ".codex_local_shell_tool",
    "CodexLocalShellToolType": ".codex_local_shell_tool_type",
    "CompactionItem": ".compaction_item",
    "CompactionItemType": ".compaction_item_type",
    "CompletedEvent": ".completed_event",
    "CompletedEventType": ".completed_event_type",
    "CompoundFilter": ".compound_filter",
    "CompoundFilterFiltersItem": ".compound_filter_filters_item",
    "CompoundFilterType": ".compound_filter_type",
    "ComputerUseServerTool": ".computer_use_server_tool",
    "ComputerUseServerToolType": ".computer_use_server_tool_type",
    "ConflictResponse": ".conflict_response",
    "ConflictResponseErrorData": ".conflict_response_error_data",
    "ConflictResponseErrorDataMetadataType0": ".conflict_response_error_data_metadata_type_0",
    "ContainerAutoEnvironment": ".container_auto_environment",
    "ContainerAutoEnvironmentType": ".container_auto_environment_type",
    "ContainerReferenceEnvironment": ".container_reference_environment",
    "ContainerReferenceEnvironmentType": ".container_reference_environment_type",
    "ContentFilterBuiltinEntry": ".content_filter_builtin_entry",
    "ContentFilterBuiltinEntryInput": ".content_filter_builtin_entry_input",
    "ContentFilterEntry": ".content_filter_entry",
    "ContentPartAddedEvent": ".content_part_added_event",
    "ContentPartAddedEventType": ".content_part_added_event_type",
    "ContentPartAudio": ".content_part_audio",
    "ContentPartAudioAudioUrl": ".content_part_audio_audio_url",
    "ContentPartAudioType": ".content_part_audio_type",
    "ContentPartDoneEvent": ".content_part_done_event",
    "ContentPartDoneEventType": ".content_part_done_event_type",
    "ContentPartImage": ".content_part_image",
    "ContentPartImageImageUrl": ".content_part_image_image_url",
    "ContentPartImageType": ".content_part_image_type",
    "ContentPartInputAudio": ".content_part_input_audio",
    "ContentPartInputAudioType": ".content_part_input_audio_type",
    "ContentPartInputFile": ".content_part_input_file",
    "ContentPartInputFileType": ".content_part_input_file_type",
    "ContentPartInputVideo": ".content_part_input_video",
    "ContentPartInputVideoType": ".content_part_input_video_type",
    "ContentPartVideo": ".content_part_video",
    "ContentPartVideoType": ".content_part_video_type",
    "ContentPartVideoVideoUrl": ".content_part_video_video_url",
    "ContextCompactionItem": ".context_compaction_item",
    "ContextCompactionItemType": ".context_compaction_item_type",
    "ContextCompressionEngine": ".context_compression_engine",
    "ContextCompressionPlugin": ".context_compression_plugin",
    "ContextCompressionPluginId": ".context_compression_plugin_id",
    "CostDetails": ".cost_details",
    "CreateAuthKeysCodeRequest": ".create_auth_keys_code_request",
    "CreateAuthKeysCodeRequestCodeChallengeMethod": ".create_auth_keys_code_request_code_challenge_method",
    "CreateAuthKeysCodeRequestUsageLimitType": ".create_auth_keys_code_request_usage_limit_type",
    "CreateAuthKeysCodeResponse": ".create_auth_keys_code_response",
    "CreateAuthKeysCodeResponseData": ".create_auth_keys_code_response_data",
    "CreateBYOKKeyRequest": ".create_byok_key_request",
    "CreateBYOKKeyResponse": ".create_byok_key_response",
    "CreateEmbeddingsRequest": ".create_embeddings_request",
    "CreateEmbeddingsRequestEncodingFormat": ".create_embeddings_request_encoding_format",
    "CreateEmbeddingsRequestInputItemContentItemImageUrl": ".create_embeddings_request_input_item_content_item_image_url",
    "CreateEmbeddingsRequestInputItemContentItemImageUrlImageUrl": ".create_embeddings_request_input_item_content_item_image_url_image_url",
    "CreateEmbeddingsRequestInputItemContentItemImageUrlType": ".create_embeddings_request_input_item_content_item_image_url_type",
    "CreateEmbeddingsRequestInputItemContentItemText": ".create_embeddings_request_input_item_content_item_text",
    "CreateEmbeddingsRequestInputItemContentItemTextType": ".create_embeddings_request_input_item_content_item_text_type",
    "CreateEmbeddingsRequestInputType4Item": ".create_embeddings_request_input_type_4_item",
    "CreateEmbeddingsResponse": ".create_embeddings_response",
    "CreateEmbeddingsResponseDataItem": ".create_embeddings_response_data_item",
    "CreateEmbeddingsResponseDataItemObject": ".create_embeddings_response_data_item_object",
    "CreateEmbeddingsResponseObject": ".create_embeddings_response_object",
    "CreateEmbeddingsResponseUsage": ".create_embeddings_response_usage",
    "CreateEmbeddingsResponseUsagePromptTokensDetails": ".create_embeddings_response_usage_prompt_tokens_details",
    "CreateGuardrailRequest": ".create_guardrail_request",
    "CreateGuardrailResponse": ".create_guardrail_response",
    "CreateKeysRequest": ".create_keys_request",
    "CreateKeysRequestLimitResetType1": ".create_keys_request_limit_reset_type_1",
    "CreateKeysRequestLimitResetType2Type1": ".create_keys_request_limit_reset_type_2_type_1",
    "CreateKeysRequestLimitResetType3Type1": ".create_keys_request_limit_reset_type_3_type_1",
    "CreateKeysResponse": ".create_keys_response",
    "CreateKeysResponseData": ".create_keys_response_data",
    "CreateObservabilityDestinationRequest": ".create_observability_destination_request",
    "CreateObservabilityDestinationRequestConfig": ".create_observability_destination_request_config",
    "CreateObservabilityDestinationRequestType": ".create_observability_destination_request_type",
    "CreateObservabilityDestinationResponse": ".create_observability_destination_response",
    "CreatePresetFromInferenceResponse": ".create_preset_from_inference_response",
    "CreateRerankRequest": ".create_rerank_request",
    "CreateRerankRequestDocumentsItemVariant1": ".create_rerank_request_documents_item_variant_1",
    "CreateRerankResponse": ".create_rerank_response",
    "CreateRerankResponseResultsItem": ".create_rerank_response_results_item",
    "CreateRerankResponseResultsItemDocument": ".create_rerank_response_results_item_document",
    "CreateRerankResponseUsage": ".create_rerank_response_usage",
    "CreateScimGroupMappingRequest": ".create_scim_group_mapping_request",
    "CreateScimGroupMappingRequestRole": ".create_scim_group_mapping_request_role",
    "CreateScimGroupMappingResponse": ".create_scim_group_mapping_response",
    "CreateWorkspaceRequest": ".create_workspace_request",
    "CreateWorkspaceResponse": ".create_workspace_response",
    "CreatedEvent": ".created_event",
    "CreatedEventType": ".created_event_type",
    "CustomTool": ".custom_tool",
    "CustomToolCallInputDeltaEvent": ".custom_tool_call_input_delta_event",
    "CustomToolCallInputDoneEvent": ".custom_tool_call_input_done_event",
    "CustomToolCallItem": ".custom_tool_call_item",
    "CustomToolCallOutputItem": ".custom_tool_call_output_item",
    "CustomToolCallOutputItemOutputItemInputImage": ".custom_tool_call_output_item_output_item_input_image",
    "CustomToolCallOutputItemType": ".custom_tool_call_output_item_type",
    "CustomToolFormatGrammar": ".custom_tool_format_grammar",
    "CustomToolFormatGrammarType": ".custom_tool_format_grammar_type",
    "CustomToolFormatText": ".custom_tool_format_text",
    "CustomToolFormatTextType": ".custom_tool_format_text_type",
    "CustomToolType": ".custom_tool_type",
    "DABenchmarkEntry": ".da_benchmark_entry",
    "DatetimeServerTool": ".datetime_server_tool",
    "DatetimeServerToolConfig": ".datetime_server_tool_config",
    "DatetimeServerToolType": ".datetime_server_tool_type",
    "DebugEvent": ".debug_event",
    "DebugEventDebug": ".debug_event_debug",
    "DebugEventDebugEchoUpstreamBody": ".debug_event_debug_echo_upstream_body",
    "DebugEventDebugTimings": ".debug_event_debug_timings",
    "DebugEventType": ".debug_event_type",
    "DefaultParameters": ".default_parameters",
    "DeleteBYOKKeyResponse": ".delete_byok_key_response",
    "DeleteGuardrailResponse": ".delete_guardrail_response",
    "DeleteKeysResponse": ".delete_keys_response",
    "DeleteObservabilityDestinationResponse": ".delete_observability_destination_response",
    "DeleteScimGroupMappingKeepMembersType0": ".delete_scim_group_mapping_keep_members_type_0",
    "DeleteScimGroupMappingResponse": ".delete_scim_group_mapping_response",
    "DeleteWorkspaceBudgetResponse": ".delete_workspace_budget_response",
    "DeleteWorkspaceResponse": ".delete_workspace_response",
    "DeprecatedRoute": ".deprecated_route",
    "EasyInputMessage": ".easy_input_message",
    "EasyInputMessageContentItemInputImage": ".easy_input_message_content_item_input_image",
    "EasyInputMessagePhaseType0": ".easy_input_message_phase_type_0",
    "EasyInputMessagePhaseType1": ".easy_input_message_phase_type_1",
    "EasyInputMessageRoleType0": ".easy_input_message_role_type_0",
    "EasyInputMessageRoleType1": ".easy_input_message_role_type_1",
    "EasyInputMessageRoleType2": ".easy_input_message_role_type_2",
    "EasyInputMessageRoleType3": ".easy_input_message_role_type_3",
    "EasyInputMessageType": ".easy_input_message_type",
    "EdgeNetworkTimeoutResponse": ".edge_network_timeout_response",
    "EdgeNetworkTimeoutResponseErrorData": ".edge_network_timeout_response_error_data",
    "EdgeNetworkTimeoutResponseErrorDataMetadataType0": ".edge_network_timeout_response_error_data_metadata_type_0",
    "EndpointInfo": ".endpoint_info",
    "EndpointsMetadata": ".endpoints_metadata",
    "EnumCapability": ".enum_capability",
    "EnumCapabilityType": ".enum_capability_type",
    "ErrorEvent": ".error_event",
    "ExchangeAuthCodeForAPIKeyRequest": ".exchange_auth_code_for_api_key_request",
    "ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType1": ".exchange_auth_code_for_api_key_request_code_challenge_method_type_1",
    "ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1": ".exchange_auth_code_for_api_key_request_code_challenge_method_type_2_type_1",
    "ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType3Type1": ".exchange_auth_code_for_api_key_request_code_challenge_method_type_3_type_1",
    "ExchangeAuthCodeForAPIKeyResponse": ".exchange_auth_code_for_api_key_response",
    "FailedEvent": ".failed_event",
    "FailedEventType": ".failed_event_type",
    "FileCitation": ".file_citation",
    "FileCitationType": ".file_citation_type",
    "FileParserPlugin": ".file_parser_plugin",
    "FileParserPluginId": ".file_parser_plugin_id",
    "FilePath": ".file_path",
    "FilePathType": ".file_path_type",
    "FileProvider": ".file_provider",
    "FileSearchServerTool": ".file_search_server_tool",
    "FileSearchServerToolFiltersVariant0": ".file_search_server_tool_filters_variant_0",
    "FileSearchServerToolFiltersVariant0Type": ".file_search_server_tool_filters_variant_0_type",
    "FileSearchServerToolRankingOptions": ".file_search_server_tool_ranking_options",
    "FileSearchServerToolType": ".file_search_server_tool_type",
    "FilesServerTool": ".files_server_tool",
    "FilesServerToolConfig": ".files_server_tool_config",
    "FilesServerToolType": ".files_server_tool_type",
    "ForbiddenResponse": ".forbidden_response",
    "ForbiddenResponseErrorData": ".forbidden_response_error_data",
    "ForbiddenResponseErrorDataMetadataType0": ".forbidden_response_error_data_metadata_type_0",
    "FormatJsonObjectConfig": ".format_json_object_config",
    "FormatJsonObjectConfigType": ".format_json_object_config_type",
    "FormatJsonSchemaConfig": ".format_json_schema_config",
    "FormatJsonSchemaConfigSchema": ".format_json_schema_config_schema",
    "FormatJsonSchemaConfigType": ".format_json_schema_config_type",
    "FormatTextConfig": ".format_text_config",
    "FormatTextConfigType": ".format_text_config_type",
    "FrameImage": ".frame_image",
    "FrameImageFrameType": ".frame_image_frame_type",
    "FunctionCallArgsDeltaEvent": ".function_call_args_delta_event",
    "FunctionCallArgsDoneEvent": ".function_call_args_done_event",
    "FunctionCallItem": ".function_call_item",
    "FunctionCallOutputItem": ".function_call_output_item",
    "FunctionCallOutputItemOutputItemInputImage": ".function_call_output_item_output_item_input_image",
    "FunctionCallOutputItemType": ".function_call_output_item_type",
    "FunctionTool": ".function_tool",
    "FunctionToolParametersType0": ".function_tool_parameters_type_0",
    "FunctionToolType": ".function_tool_type",
    "FusionAnalysisResult": ".fusion_analysis_result",
    "FusionAnalysisResultContradictionsItem": ".fusion_analysis_result_contradictions_item",
    "FusionAnalysisResultContradictionsItemStancesItem": ".fusion_analysis_result_contradictions_item_stances_item",
    "FusionAnalysisResultPartialCoverageItem": ".fusion_analysis_result_partial_coverage_item",
    "FusionAnalysisResultUniqueInsightsItem": ".fusion_analysis_result_unique_insights_item",
    "FusionCallAnalysisCompletedEvent": ".fusion_call_analysis_completed_event",
    "FusionCallAnalysisCompletedEventType": ".fusion_call_analysis_completed_event_type",
    "FusionCallAnalysisInProgressEvent": ".fusion_call_analysis_in_progress_event",
    "FusionCallAnalysisInProgressEventType": ".fusion_call_analysis_in_progress_event_type",
    "FusionCallCompletedEvent": ".fusion_call_completed_event",
    "FusionCallCompletedEventType": ".fusion_call_completed_event_type",
    "FusionCallInProgressEvent": ".fusion_call_in_progress_event",
    "FusionCallInProgressEventType": ".fusion_call_in_progress_event_type",
    "FusionCallPanelAddedEvent": ".fusion_call_panel_added_event",
    "FusionCallPanelAddedEventType": ".fusion_call_panel_added_event_type",
    "FusionCallPanelCompletedEvent": ".fusion_call_panel_completed_event",
    "FusionCallPanelCompletedEventType": ".fusion_call_panel_completed_event_type",
    "FusionCallPanelDeltaEvent": ".fusion_call_panel_delta_event",
    "FusionCallPanelDeltaEventType": ".fusion_call_panel_delta_event_type",
    "FusionCallPanelFailedEvent": ".fusion_call_panel_failed_event",
    "FusionCallPanelFailedEventType": ".fusion_call_panel_failed_event_type",
    "FusionCallPanelReasoningDeltaEvent": ".fusion_call_panel_reasoning_delta_event",
    "FusionCallPanelReasoningDeltaEventType": ".fusion_call_panel_reasoning_delta_event_type",
    "FusionPlugin": ".fusion_plugin",
    "FusionPluginId": ".fusion_plugin_id",
    "FusionPluginPreset": ".fusion_plugin_preset",
    "FusionPluginToolsItem": ".fusion_plugin_tools_item",
    "FusionPluginToolsItemParameters": ".fusion_plugin_tools_item_parameters",
    "FusionPluginToolsItemParametersAdditionalPropertiesVariant5": ".fusion_plugin_tools_item_parameters_additional_properties_variant_5",
    "FusionServerToolConfig": ".fusion_server_tool_config",
    "FusionServerToolConfigReasoning": ".fusion_server_tool_config_reasoning",
    "FusionServerToolConfigReasoningEffort": ".fusion_server_tool_config_reasoning_effort",
    "FusionServerToolConfigToolsItem": ".fusion_server_tool_config_tools_item",
    "FusionServerToolConfigToolsItemParameters": ".fusion_server_tool_config_tools_item_parameters",
    "FusionServerToolOpenRouter": ".fusion_server_tool_open_router",
    "FusionServerToolOpenRouterType": ".fusion_server_tool_open_router_type",
    "FusionSource": ".fusion_source",
    "GenerationContentData": ".generation_content_data",
    "GenerationContentDataInputVariant0": ".generation_content_data_input_variant_0",
    "GenerationContentDataInputVariant1": ".generation_content_data_input_variant_1",
    "GenerationContentDataOutput": ".generation_content_data_output",
    "GenerationContentError": ".generation_content_error",
    "GenerationContentErrorAttempt": ".generation_content_error_attempt",
    "GenerationContentResponse": ".generation_content_response",
    "GenerationResponse": ".generation_response",
    "GenerationResponseData": ".generation_response_data",
    "GetAnalyticsMetaResponse": ".get_analytics_meta_response",
    "GetAnalyticsMetaResponseData": ".get_analytics_meta_response_data",
    "GetAnalyticsMetaResponseDataDimensionsItem": ".get_analytics_meta_response_data_dimensions_item",
    "GetAnalyticsMetaResponseDataGranularitiesItem": ".get_analytics_meta_response_data_granularities_item",
    "GetAnalyticsMetaResponseDataMetricsItem": ".get_analytics_meta_response_data_metrics_item",
    "GetAnalyticsMetaResponseDataOperatorsItem": ".get_analytics_meta_response_data_operators_item",
    "GetAppRankingsCategory": ".get_app_rankings_category",
    "GetAppRankingsSort": ".get_app_rankings_sort",
    "GetAppRankingsSubcategory": ".get_app_rankings_subcategory",
    "GetBenchmarksArena": ".get_benchmarks_arena",
    "GetBenchmarksBenchmarkType": ".get_benchmarks_benchmark_type",
    "GetBenchmarksSearchSurface": ".get_benchmarks_search_surface",
    "GetBenchmarksSource": ".get_benchmarks_source",
    "GetBenchmarksTaskType": ".get_benchmarks_task_type",
    "GetBYOKKeyResponse": ".get_byok_key_response",
    "GetCreditsResponse": ".get_credits_response",
    "GetCreditsResponseData": ".get_credits_response_data",
    "GetCurrentKeyResponse": ".get_current_key_response",
    "GetCurrentKeyResponseData": ".get_current_key_response_data",
    "GetCurrentKeyResponseDataRateLimit": ".get_current_key_response_data_rate_limit",
    "GetGuardrailResponse": ".get_guardrail_response",
    "GetKeyResponse": ".get_key_response",
    "GetKeyResponseData": ".get_key_response_data",
    "GetModelsCategory": ".get_models_category",
    "GetModelsDistillable": ".get_models_distillable",
    "GetModelsRegion": ".get_models_region",
    "GetModelsSort": ".get_models_sort",
    "GetModelsZdr": ".get_models_zdr",
    "GetObservabilityDestinationResponse": ".get_observability_destination_response",
    "GetPresetResponse": ".get_preset_response",
    "GetPresetVersionResponse": ".get_preset_version_response",
    "GetRankingsDailyCategory": ".get_rankings_daily_category",
    "GetRankingsDailyContextBucket": ".get_rankings_daily_context_bucket",
    "GetRankingsDailyLanguageType": ".get_rankings_daily_language_type",
    "GetRankingsDailyModality": ".get_rankings_daily_modality",
    "GetRankingsDailyPeriod": ".get_rankings_daily_period",
    "GetScimGroupMappingResponse": ".get_scim_group_mapping_response",
    "GetSessionCostTurnRange": ".get_session_cost_turn_range",
    "GetTaskClassificationsWindow": ".get_task_classifications_window",
    "GetUserActivityGroupBy": ".get_user_activity_group_by",
    "GetWorkspaceBudgetResponse": ".get_workspace_budget_response",
    "GetWorkspaceResponse": ".get_workspace_response",
    "GoneResponse": ".gone_response",
    "GoneResponseErrorData": ".gone_response_error_data",
    "GoneResponseErrorDataMetadataType0": ".gone_response_error_data_metadata_type_0",
    "Guardrail": ".guardrail",
    "ImageConfig": ".image_config",
    "ImageEndpoint": ".image_endpoint",
    "ImageGenCallCompletedEvent": ".image_gen_call_completed_event",
    "ImageGenCallGeneratingEvent": ".image_gen_call_generating_event",
    "ImageGenCallInProgressEvent": ".image_gen_call_in_progress_event",
    "ImageGenCallPartialImageEvent": ".image_gen_call_partial_image_event",
    "ImageGenCompletedEvent": ".image_gen_completed_event",
    "ImageGenCompletedEventType": ".image_gen_completed_event_type",
    "ImageGenPartialImageEvent": ".image_gen_partial_image_event",
    "ImageGenPartialImageEventType": ".image_gen_partial_image_event_type",
    "ImageGenStreamErrorEvent": ".image_gen_stream_error_event",
    "ImageGenStreamErrorEventError": ".image_gen_stream_error_event_error",
    "ImageGenStreamErrorEventType": ".image_gen_stream_error_event_type",
    "ImageGenTextChunkEvent": ".image_gen_text_chunk_event",
    "ImageGenTextChunkEventType": ".image_gen_text_chunk_event_type",
    "ImageGenerationProviderPreferences": ".image_generation_provider_preferences",
    "ImageGenerationRequest": ".image_generation_request",
    "ImageGenerationRequestAspectRatio": ".image_generation_request_aspect_ratio",
    "ImageGenerationRequestBackground": ".image_generation_request_background",
    "ImageGenerationRequestOutputFormat": ".image_generation_request_output_format",
    "ImageGenerationRequestQuality": ".image_generation_request_quality",
    "ImageGenerationRequestResolution": ".image_generation_request_resolution",
    "ImageGenerationResponse": ".image_generation_response",
    "ImageGenerationResponseDataItem": ".image_generation_response_data_item",
    "ImageGenerationServerTool": ".image_generation_server_tool",
    "ImageGenerationServerToolConfig": ".image_generation_server_tool_config",
    "ImageGenerationServerToolInputImageMask": ".image_generation_server_tool_input_image_mask",
    "ImageGenerationServerToolOpenRouter": ".image_generation_server_tool_open_router",
    "ImageGenerationServerToolOpenRouterType": ".image_generation_server_tool_open_router_type",
    "ImageGenerationServerToolType": ".image_generation_server_tool_type",
    "ImageGenerationUsage": ".image_generation_usage",
    "ImageGenerationUsageCompletionTokensDetailsType0": ".image_generation_usage_completion_tokens_details_type_0",
    "ImageGenerationUsagePromptTokensDetailsType0": ".image_generation_usage_prompt_tokens_details_type_0",
    "ImageGenerationUsageServerToolUseType0": ".image_generation_usage_server_tool_use_type_0",
    "ImageModelArchitecture": ".image_model_architecture",
    "ImageModelEndpointsResponse": ".image_model_endpoints_response",
    "ImageModelListItem": ".image_model_list_item",
    "ImageModelsListResponse": ".image_models_list_response",
    "ImagePricingEntry": ".image_pricing_entry",
    "ImageStreamingResponse": ".image_streaming_response",
    "InProgressEvent": ".in_progress_event",
    "InProgressEventType": ".in_progress_event_type",
    "IncompleteDetails": ".incomplete_details",
    "IncompleteEvent": ".incomplete_event",
    "IncompleteEventType": ".incomplete_event_type",
    "InputAudio": ".input_audio",
    "InputAudioInputAudio": ".input_audio_input_audio",
    "InputAudioType": ".input_audio_type",
    "InputFile": ".input_file",
    "InputFileType": ".input_file_type",
    "InputImage": ".input_image",
    "InputImageType": ".input_image_type",
    "InputMessageItem": ".input_message_item",
    "InputMessageItemContentItemInputImage": ".input_message_item_content_item_input_image",
    "InputMessageItemRoleType0": ".input_message_item_role_type_0",
    "InputMessageItemRoleType1": ".input_message_item_role_type_1",
    "InputMessageItemRoleType2": ".input_message_item_role_type_2",
    "InputMessageItemType": ".input_message_item_type",
    "InputText": ".input_text",
    "InputTextType": ".input_text_type",
    "InputVideo": ".input_video",
    "InputVideoType": ".input_video_type",
    "InputsItemMessage": ".inputs_item_message",
    "InputsItemMessagePhaseType0": ".inputs_item_message_phase_type_0",
    "InputsItemMessagePhaseType1": ".inputs_item_message_phase_type_1",
    "InputsItemMessageRole": ".inputs_item_message_role",
    "InputsItemMessageStatusType0": ".inputs_item_message_status_type_0",
    "InputsItemMessageStatusType1": ".inputs_item_message_status_type_1",
    "InputsItemMessageStatusType2": ".inputs_item_message_status_type_2",
    "InputsItemMessageType": ".inputs_item_message_type",
    "InputsItemReasoning": ".inputs_item_reasoning",
    "InputsItemReasoningStatusType0": ".inputs_item_reasoning_status_type_0",
    "InputsItemReasoningStatusType1": ".inputs_item_reasoning_status_type_1",
    "InputsItemReasoningStatusType2": ".inputs_item_reasoning_status_type_2",
    "InputsItemReasoningType": ".inputs_item_reasoning_type",
    "InternalServerResponse": ".internal_server_response",
    "InternalServerResponseErrorData": ".internal_server_response_error_data",
    "InternalServerResponseErrorDataMetadataType0": ".internal_server_response_error_data_metadata_type_0",
    "ItemReferenceItem": ".item_reference_item",
    "ItemReferenceItemType": ".item_reference_item_type",
    "KeyAssignment": ".key_assignment",
    "LegacyChatContentVideo": ".legacy_chat_content_video",
    "LegacyChatContentVideoInput": ".legacy_chat_content_video_input",
    "LegacyChatContentVideoType": ".legacy_chat_content_video_type",
    "LegacyWebSearchServerTool": ".legacy_web_search_server_tool",
    "LegacyWebSearchServerToolType": ".legacy_web_search_server_tool_type",
    "ListByokKeysProvider": ".list_byok_keys_provider",
    "ListBYOKKeysResponse": ".list_byok_keys_response",
    "ListEndpointsResponse": ".list_endpoints_response",
    "ListEndpointsResponseArchitecture": ".list_endpoints_response_architecture",
    "ListEndpointsResponseBody": ".list_endpoints_response_body",
    "ListEndpointsZdrResponse": ".list_endpoints_zdr_response",
    "ListFilesOrder": ".list_files_order",
    "ListGuardrailsResponse": ".list_guardrails_response",
    "ListKeyAssignmentsResponse": ".list_key_assignments_response",
    "ListMemberAssignmentsResponse": ".list_member_assignments_response",
    "ListObservabilityDestinationsResponse": ".list_observability_destinations_response",
    "ListOrganizationMembersResponse": ".list_organization_members_response",
    "ListOrganizationMembersResponseDataItem": ".list_organization_members_response_data_item",
    "ListPresetVersionsResponse": ".list_preset_versions_response",
    "ListPresetsResponse": ".list_presets_response",
    "ListProvidersResponse": ".list_providers_response",
    "ListProvidersResponseDataItem": ".list_providers_response_data_item",
    "ListResponse": ".list_response",
    "ListResponseDataItem": ".list_response_data_item",
    "ListScimGroupMappingsResponse": ".list_scim_group_mappings_response",
    "ListScimGroupsResponse": ".list_scim_groups_response",
    "ListWorkspaceBudgetsResponse": ".list_workspace_budgets_response",
    "ListWorkspaceMembersResponse": ".list_workspace_members_response",
    "ListWorkspacesResponse": ".list_workspaces_response",
    "LocalShellCallItem": ".local_shell_call_item",
    "LocalShellCallItemAction": ".local_shell_call_item_action",
    "LocalShellCallItemActionEnv": ".local_shell_call_item_action_env",
    "LocalShellCallItemActionType": ".local_shell_call_item_action_type",
    "LocalShellCallItemType": ".local_shell_call_item_type",
    "LocalShellCallOutputItem": ".local_shell_call_output_item",
    "LocalShellCallOutputItemType": ".local_shell_call_output_item_type",
    "McpApprovalRequestItem": ".mcp_approval_request_item",
    "McpApprovalRequestItemType": ".mcp_approval_request_item_type",
    "McpApprovalResponseItem": ".mcp_approval_response_item",
    "McpApprovalResponseItemType": ".mcp_approval_response_item_type",
    "McpCallItem": ".mcp_call_item",
    "McpCallItemType": ".mcp_call_item_type",
    "McpListToolsItem": ".mcp_list_tools_item",
    "McpListToolsItemToolsItem": ".mcp_list_tools_item_tools_item",
    "McpListToolsItemToolsItemInputSchema": ".mcp_list_tools_item_tools_item_input_schema",
    "McpListToolsItemType": ".mcp_list_tools_item_type",
    "McpServerTool": ".mcp_server_tool",
    "McpServerToolAllowedToolsVariant1": ".mcp_server_tool_allowed_tools_variant_1",
    "McpServerToolHeadersType0": ".mcp_server_tool_headers_type_0",
    "McpServerToolRequireApprovalType1": ".mcp_server_tool_require_approval_type_1",
    "McpServerToolRequireApprovalType2": ".mcp_server_tool_require_approval_type_2",
    "McpServerToolRequireApprovalVariant0": ".mcp_server_tool_require_approval_variant_0",
    "McpServerToolRequireApprovalVariant0Always": ".mcp_server_tool_require_approval_variant_0_always",
    "McpServerToolRequireApprovalVariant0Never": ".mcp_server_tool_require_approval_variant_0_never",
    "McpServerToolType": ".mcp_server_tool_type",
    "MemberAssignment": ".member_assignment",
    "MessagesAdvisorToolResultBlock": ".messages_advisor_tool_result_block",
    "MessagesAdvisorToolResultBlockContent": ".messages_advisor_tool_result_block_content",
    "MessagesAdvisorToolResultBlockType": ".messages_advisor_tool_result_block_type",
    "MessagesBashToolResultBlock": ".messages_bash_tool_result_block",
    "MessagesBashToolResultBlockContent": ".messages_bash_tool_result_block_content",
    "MessagesBashToolResultBlockType": ".messages_bash_tool_result_block_type",
    "MessagesContentBlockDeltaEvent": ".messages_content_block_delta_event",
    "MessagesContentBlockDeltaEventDeltaCitationsDelta": ".messages_content_block_delta_event_delta_citations_delta",
    "MessagesContentBlockDeltaEventDeltaCitationsDeltaType": ".messages_content_block_delta_event_delta_citations_delta_type",
    "MessagesContentBlockDeltaEventDeltaCompactionDelta": ".messages_content_block_delta_event_delta_compaction_delta",
    "MessagesContentBlockDeltaEventDeltaCompactionDeltaType": ".messages_content_block_delta_event_delta_compaction_delta_type",
    "MessagesContentBlockDeltaEventDeltaInputJsonDelta": ".messages_content_block_delta_event_delta_input_json_delta",
    "MessagesContentBlockDeltaEventDeltaInputJsonDeltaType": ".messages_content_block_delta_event_delta_input_json_delta_type",
    "MessagesContentBlockDeltaEventDeltaSignatureDelta": ".messages_content_block_delta_event_delta_signature_delta",
    "MessagesContentBlockDeltaEventDeltaSignatureDeltaType": ".messages_content_block_delta_event_delta_signature_delta_type",
    "MessagesContentBlockDeltaEventDeltaTextDelta": ".messages_content_block_delta_event_delta_text_delta",
    "MessagesContentBlockDeltaEventDeltaTextDeltaType": ".messages_content_block_delta_event_delta_text_delta_type",
    "MessagesContentBlockDeltaEventDeltaThinkingDelta": ".messages_content_block_delta_event_delta_thinking_delta",
    "MessagesContentBlockDeltaEventDeltaThinkingDeltaType": ".messages_content_block_delta_event_delta_thinking_delta_type",
    "MessagesContentBlockDeltaEventType": ".messages_content_block_delta_event_type",
    "MessagesContentBlockStartEvent": ".messages_content_block_start_event",
    "MessagesContentBlockStartEventContentBlockCompaction": ".messages_content_block_start_event_content_block_compaction",
    "MessagesContentBlockStartEventContentBlockCompactionType": ".messages_content_block_start_event_content_block_compaction_type",
    "MessagesContentBlockStartEventType": ".messages_content_block_start_event_type",
    "MessagesContentBlockStopEvent": ".messages_content_block_stop_event",
    "MessagesContentBlockStopEventType": ".messages_content_block_stop_event_type",
    "MessagesDeltaEvent": ".messages_delta_event",
    "MessagesDeltaEventDelta": ".messages_delta_event_delta",
    "MessagesDeltaEventType": ".messages_delta_event_type",
    "MessagesDeltaEventUsage": ".messages_delta_event_usage",
    "MessagesDeltaEventUsageServerToolUseType0": ".messages_delta_event_usage_server_tool_use_type_0",
    "MessagesErrorEvent": ".messages_error_event",
    "MessagesErrorEventError": ".messages_error_event_error",
    "MessagesErrorEventType": ".messages_error_event_type",
    "MessagesFallbackParam": ".messages_fallback_param",
    "MessagesMessageParam": ".messages_message_param",
    "MessagesMessageParamContentItemCompaction": ".messages_message_param_content_item_compaction",
    "MessagesMessageParamContentItemCompactionType": ".messages_message_param_content_item_compaction_type",
    "MessagesMessageParamContentItemContentItemToolReference": ".messages_message_param_content_item_content_item_tool_reference",
    "MessagesMessageParamContentItemContentItemToolReferenceType": ".messages_message_param_content_item_content_item_tool_reference_type",
    "MessagesMessageParamContentItemContentWebSearchToolResultError": ".messages_message_param_content_item_content_web_search_tool_result_error",
    "MessagesMessageParamContentItemContentWebSearchToolResultErrorErrorCode": ".messages_message_param_content_item_content_web_search_tool_result_error_error_code",
    "MessagesMessageParamContentItemContentWebSearchToolResultErrorType": ".messages_message_param_content_item_content_web_search_tool_result_error_type",
    "MessagesMessageParamContentItemRedactedThinking": ".messages_message_param_content_item_redacted_thinking",
    "MessagesMessageParamContentItemRedactedThinkingType": ".messages_message_param_content_item_redacted_thinking_type",
    "MessagesMessageParamContentItemServerToolUse": ".messages_message_param_content_item_server_tool_use",
    "MessagesMessageParamContentItemServerToolUseType": ".messages_message_param_content_item_server_tool_use_type",
    "MessagesMessageParamContentItemThinking": ".messages_message_param_content_item_thinking",
    "MessagesMessageParamContentItemThinkingType": ".messages_message_param_content_item_thinking_type",
    "MessagesMessageParamContentItemToolResult": ".messages_message_param_content_item_tool_result",
    "MessagesMessageParamContentItemToolResultType": ".messages_message_param_content_item_tool_result_type",
    "MessagesMessageParamContentItemToolUse": ".messages_message_param_content_item_tool_use",
    "MessagesMessageParamContentItemToolUseType": ".messages_message_param_content_item_tool_use_type",
    "MessagesMessageParamContentItemWebSearchToolResult": ".messages_message_param_content_item_web_search_tool_result",
    "MessagesMessageParamContentItemWebSearchToolResultType": ".messages_message_param_content_item_web_search_tool_result_type",
    "MessagesMessageParamRole": ".messages_message_param_role",
    "MessagesOutputConfig": ".messages_output_config",
    "MessagesOutputConfigEffortType1": ".messages_output_config_effort_type_1",
    "MessagesOutputConfigEffortType2Type1": ".messages_output_config_effort_type_2_type_1",
    "MessagesOutputConfigEffortType3Type1": ".messages_output_config_effort_type_3_type_1",
    "MessagesOutputConfigFormatType0": ".messages_output_config_format_type_0",
    "MessagesOutputConfigFormatType0Schema": ".messages_output_config_format_type_0_schema",
    "MessagesOutputConfigFormatType0Type": ".messages_output_config_format_type_0_type",
    "MessagesOutputConfigTaskBudgetType0": ".messages_output_config_task_budget_type_0",
    "MessagesOutputConfigTaskBudgetType0Type": ".messages_output_config_task_budget_type_0_type",
    "MessagesPingEvent": ".messages_ping_event",
    "MessagesPingEventType": ".messages_ping_event_type",
    "MessagesRequest": ".messages_request",
    "MessagesRequestContextManagementEditsItemClearThinking20251015": ".messages_request_context_management_edits_item_clear_thinking_20251015",
    "MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2": ".messages_request_context_management_edits_item_clear_thinking_20251015_keep_type_2",
    "MessagesRequestContextManagementEditsItemClearThinking20251015Type": ".messages_request_context_management_edits_item_clear_thinking_20251015_type",
    "MessagesRequestContextManagementEditsItemClearToolUses20250919": ".messages_request_context_management_edits_item_clear_tool_uses_20250919",
    "MessagesRequestContextManagementEditsItemClearToolUses20250919Type": ".messages_request_context_management_edits_item_clear_tool_uses_20250919_type",
    "MessagesRequestContextManagementEditsItemCompact20260112": ".messages_request_context_management_edits_item_compact_20260112",
    "MessagesRequestContextManagementEditsItemCompact20260112Type": ".messages_request_context_management_edits_item_compact_20260112_type",
    "MessagesRequestContextManagementEditsItemKeepAll": ".messages_request_context_management_edits_item_keep_all",
    "MessagesRequestContextManagementEditsItemKeepAllType": ".messages_request_context_management_edits_item_keep_all_type",
    "MessagesRequestContextManagementEditsItemTriggerInputTokens": ".messages_request_context_management_edits_item_trigger_input_tokens",
    "MessagesRequestContextManagementType0": ".messages_request_context_management_type_0",
    "MessagesRequestMetadata": ".messages_request_metadata",
    "MessagesRequestThinkingAdaptive": ".messages_request_thinking_adaptive",
    "MessagesRequestThinkingAdaptiveType": ".messages_request_thinking_adaptive_type",
    "MessagesRequestThinkingDisabled": ".messages_request_thinking_disabled",
    "MessagesRequestThinkingDisabledType": ".messages_request_thinking_disabled_type",
    "MessagesRequestThinkingEnabled": ".messages_request_thinking_enabled",
    "MessagesRequestThinkingEnabledType": ".messages_request_thinking_enabled_type",
    "MessagesRequestToolChoiceAny": ".messages_request_tool_choice_any",
    "MessagesRequestToolChoiceAnyType": ".messages_request_tool_choice_any_type",
    "MessagesRequestToolChoiceAuto": ".messages_request_tool_choice_auto",
    "MessagesRequestToolChoiceAutoType": ".messages_request_tool_choice_auto_type",
    "MessagesRequestToolChoiceNone": ".messages_request_tool_choice_none",
    "MessagesRequestToolChoiceNoneType": ".messages_request_tool_choice_none_type",
    "MessagesRequestToolChoiceTool": ".messages_request_tool_choice_tool",
    "MessagesRequestToolChoiceToolType": ".messages_request_tool_choice_tool_type",
    "MessagesRequestToolsItemAdvisor20260301": ".messages_request_tools_item_advisor_20260301",
    "MessagesRequestToolsItemAdvisor20260301Name": ".messages_request_tools_item_advisor_20260301_name",
    "MessagesRequestToolsItemAdvisor20260301Type": ".messages_request_tools_item_advisor_20260301_type",
    "MessagesRequestToolsItemBash20250124": ".messages_request_tools_item_bash_20250124",
    "MessagesRequestToolsItemBash20250124Name": ".messages_request_tools_item_bash_20250124_name",
    "MessagesRequestToolsItemBash20250124Type": ".messages_request_tools_item_bash_20250124_type",
    "MessagesRequestToolsItemCustom": ".messages_request_tools_item_custom",
    "MessagesRequestToolsItemCustomInputSchema": ".messages_request_tools_item_custom_input_schema",
    "MessagesRequestToolsItemCustomType": ".messages_request_tools_item_custom_type",
    "MessagesRequestToolsItemTextEditor20250124": ".messages_request_tools_item_text_editor_20250124",
    "MessagesRequestToolsItemTextEditor20250124Name": ".messages_request_tools_item_text_editor_20250124_name",
    "MessagesRequestToolsItemTextEditor20250124Type": ".messages_request_tools_item_text_editor_20250124_type",
    "MessagesRequestToolsItemVariant12": ".messages_request_tools_item_variant_12",
    "MessagesRequestToolsItemWebSearch20250305": ".messages_request_tools_item_web_search_20250305",
    "MessagesRequestToolsItemWebSearch20250305Name": ".messages_request_tools_item_web_search_20250305_name",
    "MessagesRequestToolsItemWebSearch20250305Type": ".messages_request_tools_item_web_search_20250305_type",
    "MessagesRequestToolsItemWebSearch20260209": ".messages_request_tools_item_web_search_20260209",
    "MessagesRequestToolsItemWebSearch20260209Name": ".messages_request_tools_item_web_search_20260209_name",
    "MessagesRequestToolsItemWebSearch20260209Type": ".messages_request_tools_item_web_search_20260209_type",
    "MessagesResult": ".messages_result",
    "MessagesResultContextManagementType0": ".messages_result_context_management_type_0",
    "MessagesResultContextManagementType0AppliedEditsItem": ".messages_result_context_management_type_0_applied_edits_item",
    "MessagesResultRole": ".messages_result_role",
    "MessagesResultType": ".messages_result_type",
    "MessagesResultUsage": ".messages_result_usage",
    "MessagesSearchModelsServerTool": ".messages_search_models_server_tool",
    "MessagesSearchModelsServerToolType": ".messages_search_models_server_tool_type",
    "MessagesShellToolResultBlock": ".messages_shell_tool_result_block",
    "MessagesShellToolResultBlockContent": ".messages_shell_tool_result_block_content",
    "MessagesShellToolResultBlockType": ".messages_shell_tool_result_block_type",
    "MessagesStartEvent": ".messages_start_event",
    "MessagesStartEventMessage": ".messages_start_event_message",
    "MessagesStartEventMessageRole": ".messages_start_event_message_role",
    "MessagesStartEventMessageType": ".messages_start_event_message_type",
    "MessagesStartEventMessageUsage": ".messages_start_event_message_usage",
    "MessagesStartEventType": ".messages_start_event_type",
    "MessagesStopEvent": ".messages_stop_event",
    "MessagesStopEventType": ".messages_stop_event_type",
    "MessagesStreamingResponse": ".messages_streaming_response",
    "MessagesToolAdditionBlock": ".messages_tool_addition_block",
    "MessagesToolAdditionBlockToolMcpToolReference": ".messages_tool_addition_block_tool_mcp_tool_reference",
    "MessagesToolAdditionBlockToolMcpToolReferenceType": ".messages_tool_addition_block_tool_mcp_tool_reference_type",
    "MessagesToolAdditionBlockToolMcpToolsetReference": ".messages_tool_addition_block_tool_mcp_toolset_reference",
    "MessagesToolAdditionBlockToolMcpToolsetReferenceType": ".messages_tool_addition_block_tool_mcp_toolset_reference_type",
    "MessagesToolAdditionBlockToolToolReference": ".messages_tool_addition_block_tool_tool_reference",
    "MessagesToolAdditionBlockToolToolReferenceType": ".messages_tool_addition_block_tool_tool_reference_type",
    "MessagesToolAdditionBlockType": ".messages_tool_addition_block_type",
    "MessagesToolRemovalBlock": ".messages_tool_removal_block",
    "MessagesToolRemovalBlockToolMcpToolReference": ".messages_tool_removal_block_tool_mcp_tool_reference",
    "MessagesToolRemovalBlockToolMcpToolReferenceType": ".messages_tool_removal_block_tool_mcp_tool_reference_type",
    "MessagesToolRemovalBlockToolMcpToolsetReference": ".messages_tool_removal_block_tool_mcp_toolset_reference",
    "MessagesToolRemovalBlockToolMcpToolsetReferenceType": ".messages_tool_removal_block_tool_mcp_toolset_reference_type",
    "MessagesToolRemovalBlockToolToolReference": ".messages_tool_removal_block_tool_tool_reference",
    "MessagesToolRemovalBlockToolToolReferenceType": ".messages_tool_removal_block_tool_tool_reference_type",
    "MessagesToolRemovalBlockType": ".messages_tool_removal_block_type",
    "MetadataLevel": ".metadata_level",
    "Model": ".model",
    "ModelAliasTarget": ".model_alias_target",
    "ModelArchitecture": ".model_architecture",
    "ModelBenchmarks": ".model_benchmarks",
    "ModelLinks": ".model_links",
    "ModelReasoning": ".model_reasoning",
    "ModelResponse": ".model_response",
    "ModelsCountResponse": ".models_count_response",
    "ModelsCountResponseData": ".models_count_response_data",
    "ModelsListResponse": ".models_list_response",
    "ModelsListResponseLinks": ".models_list_response_links",
    "ModerationPlugin": ".moderation_plugin",
    "ModerationPluginId": ".moderation_plugin_id",
    "MultimodalMedia": ".multimodal_media",
    "NamespaceFunctionTool": ".namespace_function_tool",
    "NamespaceFunctionToolOutputSchemaType0": ".namespace_function_tool_output_schema_type_0",
    "NamespaceFunctionToolParametersType0": ".namespace_function_tool_parameters_type_0",
    "NamespaceFunctionToolType": ".namespace_function_tool_type",
    "NamespaceTool": ".namespace_tool",
    "NamespaceToolType": ".namespace_tool_type",
    "NotFoundResponse": ".not_found_response",
    "NotFoundResponseErrorData": ".not_found_response_error_data",
    "NotFoundResponseErrorDataMetadataType0": ".not_found_response_error_data_metadata_type_0",
    "ObservabilityArizeDestination": ".observability_arize_destination",
    "ObservabilityArizeDestinationConfig": ".observability_arize_destination_config",
    "ObservabilityArizeDestinationConfigHeaders": ".observability_arize_destination_config_headers",
    "ObservabilityArizeDestinationType": ".observability_arize_destination_type",
    "ObservabilityBraintrustDestination": ".observability_braintrust_destination",
    "ObservabilityBraintrustDestinationConfig": ".observability_braintrust_destination_config",
    "ObservabilityBraintrustDestinationConfigHeaders": ".observability_braintrust_destination_config_headers",
    "ObservabilityBraintrustDestinationType": ".observability_braintrust_destination_type",
    "ObservabilityClickhouseDestination": ".observability_clickhouse_destination",
    "ObservabilityClickhouseDestinationConfig": ".observability_clickhouse_destination_config",
    "ObservabilityClickhouseDestinationConfigHeaders": ".observability_clickhouse_destination_config_headers",
    "ObservabilityClickhouseDestinationType": ".observability_clickhouse_destination_type",
    "ObservabilityDatadogDestination": ".observability_datadog_destination",
    "ObservabilityDatadogDestinationConfig": ".observability_datadog_destination_config",
    "ObservabilityDatadogDestinationConfigHeaders": ".observability_datadog_destination_config_headers",
    "ObservabilityDatadogDestinationType": ".observability_datadog_destination_type",
    "ObservabilityFilterRuleGroup": ".observability_filter_rule_group",
    "ObservabilityFilterRuleGroupRulesItem": ".observability_filter_rule_group_rules_item",
    "ObservabilityFilterRulesConfig": ".observability_filter_rules_config",
    "ObservabilityFilterRulesConfigNullable": ".observability_filter_rules_config_nullable",
    "ObservabilityGrafanaDestination": ".observability_grafana_destination",
    "ObservabilityGrafanaDestinationConfig": ".observability_grafana_destination_config",
    "ObservabilityGrafanaDestinationConfigHeaders": ".observability_grafana_destination_config_headers",
    "ObservabilityGrafanaDestinationType": ".observability_grafana_destination_type",
    "ObservabilityLangfuseDestination": ".observability_langfuse_destination",
    "ObservabilityLangfuseDestinationConfig": ".observability_langfuse_destination_config",
    "ObservabilityLangfuseDestinationConfigHeaders": ".observability_langfuse_destination_config_headers",
    "ObservabilityLangfuseDestinationType": ".observability_langfuse_destination_type",
    "ObservabilityLangsmithDestination": ".observability_langsmith_destination",
    "ObservabilityLangsmithDestinationConfig": ".observability_langsmith_destination_config",
    "ObservabilityLangsmithDestinationConfigHeaders": ".observability_langsmith_destination_config_headers",
    "ObservabilityLangsmithDestinationType": ".observability_langsmith_destination_type",
    "ObservabilityNewrelicDestination": ".observability_newrelic_destination",
    "ObservabilityNewrelicDestinationConfig": ".observability_newrelic_destination_config",
    "ObservabilityNewrelicDestinationConfigHeaders": ".observability_newrelic_destination_config_headers",
    "ObservabilityNewrelicDestinationType": ".observability_newrelic_destination_type",
    "ObservabilityOpikDestination": ".observability_opik_destination",
    "ObservabilityOpikDestinationConfig": ".observability_opik_destination_config",
    "ObservabilityOpikDestinationConfigHeaders": ".observability_opik_destination_config_headers",
    "ObservabilityOpikDestinationType": ".observability_opik_destination_type",
    "ObservabilityOtelCollectorDestination": ".observability_otel_collector_destination",
    "ObservabilityOtelCollectorDestinationConfig": ".observability_otel_collector_destination_config",
    "ObservabilityOtelCollectorDestinationConfigHeaders": ".observability_otel_collector_destination_config_headers",
    "ObservabilityOtelCollectorDestinationType": ".observability_otel_collector_destination_type",
    "ObservabilityPosthogDestination": ".observability_posthog_destination",
    "ObservabilityPosthogDestinationConfig": ".observability_posthog_destination_config",
    "ObservabilityPosthogDestinationConfigHeaders": ".observability_posthog_destination_config_headers",
    "ObservabilityPosthogDestinationType": ".observability_posthog_destination_type",
    "ObservabilityRampDestination": ".observability_ramp_destination",
    "ObservabilityRampDestinationConfig": ".observability_ramp_destination_config",
    "ObservabilityRampDestinationConfigHeaders": ".observability_ramp_destination_config_headers",
    "ObservabilityRampDestinationType": ".observability_ramp_destination_type",
    "ObservabilityS3Destination": ".observability_s3_destination",
    "ObservabilityS3DestinationConfig": ".observability_s3_destination_config",
    "ObservabilityS3DestinationConfigHeaders": ".observability_s3_destination_config_headers",
    "ObservabilityS3DestinationType": ".observability_s3_destination_type",
    "ObservabilitySentryDestination": ".observability_sentry_destination",
    "ObservabilitySentryDestinationConfig": ".observability_sentry_destination_config",
    "ObservabilitySentryDestinationConfigHeaders": ".observability_sentry_destination_config_headers",
    "ObservabilitySentryDestinationType": ".observability_sentry_destination_type",
    "ObservabilitySnowflakeDestination": ".observability_snowflake_destination",
    "ObservabilitySnowflakeDestinationConfig": ".observability_snowflake_destination_config",
    "ObservabilitySnowflakeDestinationConfigHeaders": ".observability_snowflake_destination_config_headers",
    "ObservabilitySnowflakeDestinationType": ".observability_snowflake_destination_type",
    "ObservabilityWeaveDestination": ".observability_weave_destination",
    "ObservabilityWeaveDestinationConfig": ".observability_weave_destination_config",
    "ObservabilityWeaveDestinationConfigHeaders": ".observability_weave_destination_config_headers",
    "ObservabilityWeaveDestinationType": ".observability_weave_destination_type",
    "ObservabilityWebhookDestination": ".observability_webhook_destination",
    "ObservabilityWebhookDestinationConfig": ".observability_webhook_destination_config",
    "ObservabilityWebhookDestinationConfigHeaders": ".observability_webhook_destination_config_headers",
    "ObservabilityWebhookDestinationType": ".observability_webhook_destination_type",
    "OpenAIFile": ".open_ai_file",
    "OpenAIFileDeleted": ".open_ai_file_deleted",
    "OpenAIFileDeletedObject": ".open_ai_file_deleted_object",
    "OpenAIFileDeletedShape": ".open_ai_file_deleted_shape",
    "OpenAIFileList": ".open_ai_file_list",
    "OpenAIFileListObject": ".open_ai_file_list_object",
    "OpenAIFileListShape": ".open_ai_file_list_shape",
    "OpenAIFileObject": ".open_ai_file_object",
    "OpenAIFileShape": ".open_ai_file_shape",
    "OpenAIFileStatus": ".open_ai_file_status",
    "OpenAIResponseCustomToolCall": ".open_ai_response_custom_tool_call",
    "OpenAIResponseCustomToolCallOutput": ".open_ai_response_custom_tool_call_output",
    "OpenAIResponseCustomToolCallOutputType": ".open_ai_response_custom_tool_call_output_type",
    "OpenAIResponseCustomToolCallType": ".open_ai_response_custom_tool_call_type",
    "OpenAIResponseFunctionToolCall": ".open_ai_response_function_tool_call",
    "OpenAIResponseFunctionToolCallOutput": ".open_ai_response_function_tool_call_output",
    "OpenAIResponseFunctionToolCallOutputType": ".open_ai_response_function_tool_call_output_type",
    "OpenAIResponseFunctionToolCallSubagentItemsItem": ".open_ai_response_function_tool_call_subagent_items_item",
    "OpenAIResponseFunctionToolCallType": ".open_ai_response_function_tool_call_type",
    "OpenAIResponseInputMessageItem": ".open_ai_response_input_message_item",
    "OpenAIResponseInputMessageItemRoleType0": ".open_ai_response_input_message_item_role_type_0",
    "OpenAIResponseInputMessageItemRoleType1": ".open_ai_response_input_message_item_role_type_1",
    "OpenAIResponseInputMessageItemRoleType2": ".open_ai_response_input_message_item_role_type_2",
    "OpenAIResponseInputMessageItemType": ".open_ai_response_input_message_item_type",
    "OpenAIResponsesCodeInterpreterCallCodeDelta": ".open_ai_responses_code_interpreter_call_code_delta",
    "OpenAIResponsesCodeInterpreterCallCodeDeltaType": ".open_ai_responses_code_interpreter_call_code_delta_type",
    "OpenAIResponsesCodeInterpreterCallCodeDone": ".open_ai_responses_code_interpreter_call_code_done",
    "OpenAIResponsesCodeInterpreterCallCodeDoneType": ".open_ai_responses_code_interpreter_call_code_done_type",
    "OpenAIResponsesCodeInterpreterCallCompleted": ".open_ai_responses_code_interpreter_call_completed",
    "OpenAIResponsesCodeInterpreterCallCompletedType": ".open_ai_responses_code_interpreter_call_completed_type",
    "OpenAIResponsesCodeInterpreterCallInProgress": ".open_ai_responses_code_interpreter_call_in_progress",
    "OpenAIResponsesCodeInterpreterCallInProgressType": ".open_ai_responses_code_interpreter_call_in_progress_type",
    "OpenAIResponsesCodeInterpreterCallInterpreting": ".open_ai_responses_code_interpreter_call_interpreting",
    "OpenAIResponsesCodeInterpreterCallInterpretingType": ".open_ai_responses_code_interpreter_call_interpreting_type",
    "OpenAIResponsesImageGenCallCompleted": ".open_ai_responses_image_gen_call_completed",
    "OpenAIResponsesImageGenCallCompletedType": ".open_ai_responses_image_gen_call_completed_type",
    "OpenAIResponsesImageGenCallGenerating": ".open_ai_responses_image_gen_call_generating",
    "OpenAIResponsesImageGenCallGeneratingType": ".open_ai_responses_image_gen_call_generating_type",
    "OpenAIResponsesImageGenCallInProgress": ".open_ai_responses_image_gen_call_in_progress",
    "OpenAIResponsesImageGenCallInProgressType": ".open_ai_responses_image_gen_call_in_progress_type",
    "OpenAIResponsesImageGenCallPartialImage": ".open_ai_responses_image_gen_call_partial_image",
    "OpenAIResponsesImageGenCallPartialImageType": ".open_ai_responses_image_gen_call_partial_image_type",
    "OpenAIResponsesRefusalContent": ".open_ai_responses_refusal_content",
    "OpenAIResponsesRefusalContentType": ".open_ai_responses_refusal_content_type",
    "OpenAIResponsesSearchCompleted": ".open_ai_responses_search_completed",
    "OpenAIResponsesSearchCompletedType": ".open_ai_responses_search_completed_type",
    "OpenAIResponsesToolChoiceApplyPatch": ".open_ai_responses_tool_choice_apply_patch",
    "OpenAIResponsesToolChoiceApplyPatchType": ".open_ai_responses_tool_choice_apply_patch_type",
    "OpenAIResponsesToolChoiceFunction": ".open_ai_responses_tool_choice_function",
    "OpenAIResponsesToolChoiceFunctionType": ".open_ai_responses_tool_choice_function_type",
    "OpenAIResponsesToolChoiceShell": ".open_ai_responses_tool_choice_shell",
    "OpenAIResponsesToolChoiceShellType": ".open_ai_responses_tool_choice_shell_type",
    "OpenAIResponsesToolChoiceType0": ".open_ai_responses_tool_choice_type_0",
    "OpenAIResponsesToolChoiceType1": ".open_ai_responses_tool_choice_type_1",
    "OpenAIResponsesToolChoiceType2": ".open_ai_responses_tool_choice_type_2",
    "OpenAIResponsesToolChoiceVariant4": ".open_ai_responses_tool_choice_variant_4",
    "OpenAIResponsesToolChoiceVariant4TypeType0": ".open_ai_responses_tool_choice_variant_4_type_type_0",
    "OpenAIResponsesToolChoiceVariant4TypeType1": ".open_ai_responses_tool_choice_variant_4_type_type_1",
    "OpenAIResponsesTruncation": ".open_ai_responses_truncation",
    "OpenAIResponsesUsage": ".open_ai_responses_usage",
    "OpenAIResponsesUsageInputTokensDetails": ".open_ai_responses_usage_input_tokens_details",
    "OpenAIResponsesUsageOutputTokensDetails": ".open_ai_responses_usage_output_tokens_details",
    "OpenAIResponsesWebSearchCallInProgress": ".open_ai_responses_web_search_call_in_progress",
    "OpenAIResponsesWebSearchCallInProgressType": ".open_ai_responses_web_search_call_in_progress_type",
    "OpenAIResponsesWebSearchCallSearching": ".open_ai_responses_web_search_call_searching",
    "OpenAIResponsesWebSearchCallSearchingType": ".open_ai_responses_web_search_call_searching_type",
    "OpenResponsesCreatedEvent": ".open_responses_created_event",
    "OpenResponsesCreatedEventType": ".open_responses_created_event_type",
    "OpenResponsesInProgressEvent": ".open_responses_in_progress_event",
    "OpenResponsesInProgressEventType": ".open_responses_in_progress_event_type",
    "OpenResponsesLogProbs": ".open_responses_log_probs",
    "OpenResponsesResult": ".open_responses_result",
    "OpenResponsesResultObject": ".open_responses_result_object",
    "OpenResponsesResultToolsItemFunction": ".open_responses_result_tools_item_function",
    "OpenResponsesTopLogprobs": ".open_responses_top_logprobs",
    "OpenRouterFile": ".open_router_file",
    "OpenRouterFileDeleted": ".open_router_file_deleted",
    "OpenRouterFileDeletedShape": ".open_router_file_deleted_shape",
    "OpenRouterFileDeletedType": ".open_router_file_deleted_type",
    "OpenRouterFileList": ".open_router_file_list",
    "OpenRouterFileListShape": ".open_router_file_list_shape",
    "OpenRouterFileShape": ".open_router_file_shape",
    "OpenRouterFileType": ".open_router_file_type",
    "OpenRouterMetadata": ".open_router_metadata",
    "OpenRouterWebSearchServerTool": ".open_router_web_search_server_tool",
    "OpenRouterWebSearchServerToolType": ".open_router_web_search_server_tool_type",
    "ORAnthropicBashToolResult": ".or_anthropic_bash_tool_result",
    "ORAnthropicBashToolResultContent": ".or_anthropic_bash_tool_result_content",
    "ORAnthropicBashToolResultType": ".or_anthropic_bash_tool_result_type",
    "ORAnthropicServerToolUseBlock": ".or_anthropic_server_tool_use_block",
    "ORAnthropicServerToolUseBlockType": ".or_anthropic_server_tool_use_block_type",
    "ORAnthropicShellToolResult": ".or_anthropic_shell_tool_result",
    "ORAnthropicShellToolResultContent": ".or_anthropic_shell_tool_result_content",
    "ORAnthropicShellToolResultType": ".or_anthropic_shell_tool_result_type",
    "OutputAdvisorServerToolItem": ".output_advisor_server_tool_item",
    "OutputAdvisorServerToolItemType": ".output_advisor_server_tool_item_type",
    "OutputApplyPatchCallItem": ".output_apply_patch_call_item",
    "OutputApplyPatchCallItemType": ".output_apply_patch_call_item_type",
    "OutputApplyPatchServerToolItem": ".output_apply_patch_server_tool_item",
    "OutputApplyPatchServerToolItemType": ".output_apply_patch_server_tool_item_type",
    "OutputBashServerToolItem": ".output_bash_server_tool_item",
    "OutputBashServerToolItemType": ".output_bash_server_tool_item_type",
    "OutputBrowserUseServerToolItem": ".output_browser_use_server_tool_item",
    "OutputBrowserUseServerToolItemType": ".output_browser_use_server_tool_item_type",
    "OutputCodeInterpreterCallItem": ".output_code_interpreter_call_item",
    "OutputCodeInterpreterServerToolItem": ".output_code_interpreter_server_tool_item",
    "OutputCodeInterpreterServerToolItemType": ".output_code_interpreter_server_tool_item_type",
    "OutputComputerCallItem": ".output_computer_call_item",
    "OutputComputerCallItemPendingSafetyChecksItem": ".output_computer_call_item_pending_safety_checks_item",
    "OutputComputerCallItemType": ".output_computer_call_item_type",
    "OutputCustomToolCallItem": ".output_custom_tool_call_item",
    "OutputCustomToolCallItemType": ".output_custom_tool_call_item_type",
    "OutputDatetimeItem": ".output_datetime_item",
    "OutputDatetimeItemType": ".output_datetime_item_type",
    "OutputFileSearchCallItem": ".output_file_search_call_item",
    "OutputFileSearchServerToolItem": ".output_file_search_server_tool_item",
    "OutputFileSearchServerToolItemType": ".output_file_search_server_tool_item_type",
    "OutputFilesServerToolItem": ".output_files_server_tool_item",
    "OutputFilesServerToolItemType": ".output_files_server_tool_item_type",
    "OutputFunctionCallItem": ".output_function_call_item",
    "OutputFunctionCallItemSubagentItemsItem": ".output_function_call_item_subagent_items_item",
    "OutputFusionServerToolItem": ".output_fusion_server_tool_item",
    "OutputFusionServerToolItemFailedModelsItem": ".output_fusion_server_tool_item_failed_models_item",
    "OutputFusionServerToolItemResponsesItem": ".output_fusion_server_tool_item_responses_item",
    "OutputFusionServerToolItemType": ".output_fusion_server_tool_item_type",
    "OutputImageGenerationCallItem": ".output_image_generation_call_item",
    "OutputImageGenerationServerToolItem": ".output_image_generation_server_tool_item",
    "OutputImageGenerationServerToolItemType": ".output_image_generation_server_tool_item_type",
    "OutputItemAddedEvent": ".output_item_added_event",
    "OutputItemAddedEventType": ".output_item_added_event_type",
    "OutputItemApplyPatchCall": ".output_item_apply_patch_call",
    "OutputItemApplyPatchCallStatus": ".output_item_apply_patch_call_status",
    "OutputItemApplyPatchCallType": ".output_item_apply_patch_call_type",
    "OutputItemCodeInterpreterCall": ".output_item_code_interpreter_call",
    "OutputItemCodeInterpreterCallType": ".output_item_code_interpreter_call_type",
    "OutputItemCustomToolCall": ".output_item_custom_tool_call",
    "OutputItemCustomToolCallType": ".output_item_custom_tool_call_type",
    "OutputItemDoneEvent": ".output_item_done_event",
    "OutputItemDoneEventType": ".output_item_done_event_type",
    "OutputItemFileSearchCall": ".output_item_file_search_call",
    "OutputItemFileSearchCallType": ".output_item_file_search_call_type",
    "OutputItemFunctionCall": ".output_item_function_call",
    "OutputItemFunctionCallStatusType0": ".output_item_function_call_status_type_0",
    "OutputItemFunctionCallStatusType1": ".output_item_function_call_status_type_1",
    "OutputItemFunctionCallStatusType2": ".output_item_function_call_status_type_2",
    "OutputItemFunctionCallType": ".output_item_function_call_type",
    "OutputItemImageGenerationCall": ".output_item_image_generation_call",
    "OutputItemImageGenerationCallType": ".output_item_image_generation_call_type",
    "OutputItemReasoning": ".output_item_reasoning",
    "OutputItemReasoningStatusType0": ".output_item_reasoning_status_type_0",
    "OutputItemReasoningStatusType1": ".output_item_reasoning_status_type_1",
    "OutputItemReasoningStatusType2": ".output_item_reasoning_status_type_2",
    "OutputItemReasoningType": ".output_item_reasoning_type",
    "OutputItemWebSearchCall": ".output_item_web_search_call",
    "OutputItemWebSearchCallActionFindInPage": ".output_item_web_search_call_action_find_in_page",
    "OutputItemWebSearchCallActionFindInPageType": ".output_item_web_search_call_action_find_in_page_type",
    "OutputItemWebSearchCallActionOpenPage": ".output_item_web_search_call_action_open_page",
    "OutputItemWebSearchCallActionOpenPageType": ".output_item_web_search_call_action_open_page_type",
    "OutputItemWebSearchCallActionSearch": ".output_item_web_search_call_action_search",
    "OutputItemWebSearchCallActionSearchType": ".output_item_web_search_call_action_search_type",
    "OutputItemWebSearchCallType": ".output_item_web_search_call_type",
    "OutputMcpServerToolItem": ".output_mcp_server_tool_item",
    "OutputMcpServerToolItemType": ".output_mcp_server_tool_item_type",
    "OutputMemoryServerToolItem": ".output_memory_server_tool_item",
    "OutputMemoryServerToolItemType": ".output_memory_server_tool_item_type",
    "OutputMessage": ".output_message",
    "OutputMessageItem": ".output_message_item",
    "OutputMessagePhaseType0": ".output_message_phase_type_0",
    "OutputMessagePhaseType1": ".output_message_phase_type_1",
    "OutputMessageRole": ".output_message_role",
    "OutputMessageStatusType0": ".output_message_status_type_0",
    "OutputMessageStatusType1": ".output_message_status_type_1",
    "OutputMessageStatusType2": ".output_message_status_type_2",
    "OutputMessageType": ".output_message_type",
    "OutputModalityEnum": ".output_modality_enum",
    "OutputReasoningItem": ".output_reasoning_item",
    "OutputReasoningItemStatusType0": ".output_reasoning_item_status_type_0",
    "OutputReasoningItemStatusType1": ".output_reasoning_item_status_type_1",
    "OutputReasoningItemStatusType2": ".output_reasoning_item_status_type_2",
    "OutputReasoningItemType": ".output_reasoning_item_type",
    "OutputSearchModelsServerToolItem": ".output_search_models_server_tool_item",
    "OutputSearchModelsServerToolItemType": ".output_search_models_server_tool_item_type",
    "OutputShellCallItem": ".output_shell_call_item",
    "OutputShellCallItemAction": ".output_shell_call_item_action",
    "OutputShellCallItemType": ".output_shell_call_item_type",
    "OutputShellCallOutputItem": ".output_shell_call_output_item",
    "OutputShellCallOutputItemType": ".output_shell_call_output_item_type",
    "OutputShellServerToolItem": ".output_shell_server_tool_item",
    "OutputShellServerToolItemAction": ".output_shell_server_tool_item_action",
    "OutputShellServerToolItemType": ".output_shell_server_tool_item_type",
    "OutputSubagentServerToolItem": ".output_subagent_server_tool_item",
    "OutputSubagentServerToolItemType": ".output_subagent_server_tool_item_type",
    "OutputTextEditorServerToolItem": ".output_text_editor_server_tool_item",
    "OutputTextEditorServerToolItemType": ".output_text_editor_server_tool_item_type",
    "OutputToolSearchServerToolItem": ".output_tool_search_server_tool_item",
    "OutputToolSearchServerToolItemType": ".output_tool_search_server_tool_item_type",
    "OutputWebFetchServerToolItem": ".output_web_fetch_server_tool_item",
    "OutputWebFetchServerToolItemType": ".output_web_fetch_server_tool_item_type",
    "OutputWebSearchCallItem": ".output_web_search_call_item",
    "OutputWebSearchServerToolItem": ".output_web_search_server_tool_item",
    "OutputWebSearchServerToolItemAction": ".output_web_search_server_tool_item_action",
    "OutputWebSearchServerToolItemActionSourcesItem": ".output_web_search_server_tool_item_action_sources_item",
    "OutputWebSearchServerToolItemActionSourcesItemType": ".output_web_search_server_tool_item_action_sources_item_type",
    "OutputWebSearchServerToolItemActionType": ".output_web_search_server_tool_item_action_type",
    "OutputWebSearchServerToolItemType": ".output_web_search_server_tool_item_type",
    "ParetoRouterPlugin": ".pareto_router_plugin",
    "ParetoRouterPluginId": ".pareto_router_plugin_id",
    "ParetoRouterPluginPriceSource": ".pareto_router_plugin_price_source",
    "PayloadTooLargeResponse": ".payload_too_large_response",
    "PayloadTooLargeResponseErrorData": ".payload_too_large_response_error_data",
    "PayloadTooLargeResponseErrorDataMetadataType0": ".payload_too_large_response_error_data_metadata_type_0",
    "PaymentRequiredResponse": ".payment_required_response",
    "PaymentRequiredResponseErrorData": ".payment_required_response_error_data",
    "PaymentRequiredResponseErrorDataMetadataType0": ".payment_required_response_error_data_metadata_type_0",
    "PDFParserEngineType0": ".pdf_parser_engine_type_0",
    "PDFParserEngineType1": ".pdf_parser_engine_type_1",
    "PDFParserOptions": ".pdf_parser_options",
    "PerRequestLimits": ".per_request_limits",
    "PercentileLatencyCutoffs": ".percentile_latency_cutoffs",
    "PercentileStats": ".percentile_stats",
    "PercentileThroughputCutoffs": ".percentile_throughput_cutoffs",
    "PipelineStage": ".pipeline_stage",
    "PipelineStageData": ".pipeline_stage_data",
    "Prediction": ".prediction",
    "PredictionContentText": ".prediction_content_text",
    "PredictionContentTextType": ".prediction_content_text_type",
    "PredictionType": ".prediction_type",
    "Preset": ".preset",
    "PresetDesignatedVersion": ".preset_designated_version",
    "PresetDesignatedVersionConfig": ".preset_designated_version_config",
    "PresetWithDesignatedVersion": ".preset_with_designated_version",
    "Preview20250311WebSearchServerTool": ".preview_20250311_web_search_server_tool",
    "Preview20250311WebSearchServerToolType": ".preview_20250311_web_search_server_tool_type",
    "PreviewWebSearchServerTool": ".preview_web_search_server_tool",
    "PreviewWebSearchServerToolType": ".preview_web_search_server_tool_type",
    "PreviewWebSearchUserLocation": ".preview_web_search_user_location",
    "PreviewWebSearchUserLocationType": ".preview_web_search_user_location_type",
    "PricingOverride": ".pricing_override",
    "PromptCacheBreakpoint": ".prompt_cache_breakpoint",
    "PromptCacheBreakpointMode": ".prompt_cache_breakpoint_mode",
    "PromptCacheOptions": ".prompt_cache_options",
    "PromptCacheOptionsMode": ".prompt_cache_options_mode",
    "ProviderOptions": ".provider_options",
    "ProviderOptions01Ai": ".provider_options_01_ai",
    "ProviderOptionsAi21": ".provider_options_ai_21",
    "ProviderOptionsAionLabs": ".provider_options_aion_labs",
    "ProviderOptionsAkashml": ".provider_options_akashml",
    "ProviderOptionsAlibaba": ".provider_options_alibaba",
    "ProviderOptionsAmazonBedrock": ".provider_options_amazon_bedrock",
    "ProviderOptionsAmazonBedrockclaudeOnAws": ".provider_options_amazon_bedrockclaude_on_aws",
    "ProviderOptionsAmazonNova": ".provider_options_amazon_nova",
    "ProviderOptionsAmbient": ".provider_options_ambient",
    "ProviderOptionsAnthropic": ".provider_options_anthropic",
    "ProviderOptionsAnthropic2": ".provider_options_anthropic_2",
    "ProviderOptionsAnyscale": ".provider_options_anyscale",
    "ProviderOptionsArceeAi": ".provider_options_arcee_ai",
    "ProviderOptionsAtlasCloud": ".provider_options_atlas_cloud",
    "ProviderOptionsAtoma": ".provider_options_atoma",
    "ProviderOptionsAvian": ".provider_options_avian",
    "ProviderOptionsAzure": ".provider_options_azure",
    "ProviderOptionsBaidu": ".provider_options_baidu",
    "ProviderOptionsBaseten": ".provider_options_baseten",
    "ProviderOptionsBlackForestLabs": ".provider_options_black_forest_labs",
    "ProviderOptionsByteplus": ".provider_options_byteplus",
    "ProviderOptionsCentml": ".provider_options_centml",
    "ProviderOptionsCerebras": ".provider_options_cerebras",
    "ProviderOptionsChutes": ".provider_options_chutes",
    "ProviderOptionsCirrascale": ".provider_options_cirrascale",
    "ProviderOptionsClarifai": ".provider_options_clarifai",
    "ProviderOptionsClaudeOnAws": ".provider_options_claude_on_aws",
    "ProviderOptionsCloudflare": ".provider_options_cloudflare",
    "ProviderOptionsCohere": ".provider_options_cohere",
    "ProviderOptionsCoreweave": ".provider_options_coreweave",
    "ProviderOptionsCrofai": ".provider_options_crofai",
    "ProviderOptionsCrucible": ".provider_options_crucible",
    "ProviderOptionsCrusoe": ".provider_options_crusoe",
    "ProviderOptionsDarkbloom": ".provider_options_darkbloom",
    "ProviderOptionsDatabricks": ".provider_options_databricks",
    "ProviderOptionsDecart": ".provider_options_decart",
    "ProviderOptionsDeepgram": ".provider_options_deepgram",
    "ProviderOptionsDeepinfra": ".provider_options_deepinfra",
    "ProviderOptionsDeepseek": ".provider_options_deepseek",
    "ProviderOptionsDekallm": ".provider_options_dekallm",
    "ProviderOptionsDigitalocean": ".provider_options_digitalocean",
    "ProviderOptionsEnfer": ".provider_options_enfer",
    "ProviderOptionsFakeProvider": ".provider_options_fake_provider",
    "ProviderOptionsFeatherless": ".provider_options_featherless",
    "ProviderOptionsFireworks": ".provider_options_fireworks",
    "ProviderOptionsFishAudio": ".provider_options_fish_audio",
    "ProviderOptionsFriendli": ".provider_options_friendli",
    "ProviderOptionsGmicloud": ".provider_options_gmicloud",
    "ProviderOptionsGoogleAiStudio": ".provider_options_google_ai_studio",
    "ProviderOptionsGoogleVertex": ".provider_options_google_vertex",
    "ProviderOptionsGopomelo": ".provider_options_gopomelo",
    "ProviderOptionsGroq": ".provider_options_groq",
    "ProviderOptionsHeygen": ".provider_options_heygen",
    "ProviderOptionsHuggingface": ".provider_options_huggingface",
    "ProviderOptionsHyperbolic": ".provider_options_hyperbolic",
    "ProviderOptionsHyperbolicQuantized": ".provider_options_hyperbolic_quantized",
    "ProviderOptionsInception": ".provider_options_inception",
    "ProviderOptionsInceptron": ".provider_options_inceptron",
    "ProviderOptionsInferactVllm": ".provider_options_inferact_vllm",
    "ProviderOptionsInferenceNet": ".provider_options_inference_net",
    "ProviderOptionsInfermatic": ".provider_options_infermatic",
    "ProviderOptionsInflection": ".provider_options_inflection",
    "ProviderOptionsInocloud": ".provider_options_inocloud",
    "ProviderOptionsIoNet": ".provider_options_io_net",
    "ProviderOptionsIonstream": ".provider_options_ionstream",
    "ProviderOptionsKlusterai": ".provider_options_klusterai",
    "ProviderOptionsKrea": ".provider_options_krea",
    "ProviderOptionsLambda": ".provider_options_lambda",
    "ProviderOptionsLepton": ".provider_options_lepton",
    "ProviderOptionsLiquid": ".provider_options_liquid",
    "ProviderOptionsLynn": ".provider_options_lynn",
    "ProviderOptionsLynnPrivate": ".provider_options_lynn_private",
    "ProviderOptionsMakora": ".provider_options_makora",
    "ProviderOptionsMancer": ".provider_options_mancer",
    "ProviderOptionsMancerOld": ".provider_options_mancer_old",
    "ProviderOptionsMara": ".provider_options_mara",
    "ProviderOptionsMeta": ".provider_options_meta",
    "ProviderOptionsMinimax": ".provider_options_minimax",
    "ProviderOptionsMistral": ".provider_options_mistral",
    "ProviderOptionsModal": ".provider_options_modal",
    "ProviderOptionsModelrun": ".provider_options_modelrun",
    "ProviderOptionsModular": ".provider_options_modular",
    "ProviderOptionsMoonshotai": ".provider_options_moonshotai",
    "ProviderOptionsMorph": ".provider_options_morph",
    "ProviderOptionsNcompass": ".provider_options_ncompass",
    "ProviderOptionsNebius": ".provider_options_nebius",
    "ProviderOptionsNexAgi": ".provider_options_nex_agi",
    "ProviderOptionsNextbit": ".provider_options_nextbit",
    "ProviderOptionsNineteen": ".provider_options_nineteen",
    "ProviderOptionsNovita": ".provider_options_novita",
    "ProviderOptionsNvidia": ".provider_options_nvidia",
    "ProviderOptionsOctoai": ".provider_options_octoai",
    "ProviderOptionsOpenInference": ".provider_options_open_inference",
    "ProviderOptionsOpenai": ".provider_options_openai",
    "ProviderOptionsParasail": ".provider_options_parasail",
    "ProviderOptionsPerceptron": ".provider_options_perceptron",
    "ProviderOptionsPerplexity": ".provider_options_perplexity",
    "ProviderOptionsPhala": ".provider_options_phala",
    "ProviderOptionsPoolside": ".provider_options_poolside",
    "ProviderOptionsQuiver": ".provider_options_quiver",
    "ProviderOptionsRecraft": ".provider_options_recraft",
    "ProviderOptionsRecursal": ".provider_options_recursal",
    "ProviderOptionsReflection": ".provider_options_reflection",
    "ProviderOptionsReka": ".provider_options_reka",
    "ProviderOptionsRelace": ".provider_options_relace",
    "ProviderOptionsReplicate": ".provider_options_replicate",
    "ProviderOptionsRunway": ".provider_options_runway",
    "ProviderOptionsSailResearch": ".provider_options_sail_research",
    "ProviderOptionsSakana": ".provider_options_sakana",
    "ProviderOptionsSakanaAi": ".provider_options_sakana_ai",
    "ProviderOptionsSambanova": ".provider_options_sambanova",
    "ProviderOptionsSambanovaCloaked": ".provider_options_sambanova_cloaked",
    "ProviderOptionsSeed": ".provider_options_seed",
    "ProviderOptionsSfCompute": ".provider_options_sf_compute",
    "ProviderOptionsSiliconflow": ".provider_options_siliconflow",
    "ProviderOptionsSourceful": ".provider_options_sourceful",
    "ProviderOptionsStealth": ".provider_options_stealth",
    "ProviderOptionsStepfun": ".provider_options_stepfun",
    "ProviderOptionsStreamlake": ".provider_options_streamlake",
    "ProviderOptionsSwitchpoint": ".provider_options_switchpoint",
    "ProviderOptionsTargon": ".provider_options_targon",
    "ProviderOptionsTencent": ".provider_options_tencent",
    "ProviderOptionsTenstorrent": ".provider_options_tenstorrent",
    "ProviderOptionsThinkingmachines": ".provider_options_thinkingmachines",
    "ProviderOptionsTogether": ".provider_options_together",
    "ProviderOptionsTogetherLite": ".provider_options_together_lite",
    "ProviderOptionsUbicloud": ".provider_options_ubicloud",
    "ProviderOptionsUpstage": ".provider_options_upstage",
    "ProviderOptionsVenice": ".provider_options_venice",
    "ProviderOptionsVoyageai": ".provider_options_voyageai",
    "ProviderOptionsWafer": ".provider_options_wafer",
    "ProviderOptionsWandb": ".provider_options_wandb",
    "ProviderOptionsWandbLegacy": ".provider_options_wandb_legacy",
    "ProviderOptionsXai": ".provider_options_xai",
    "ProviderOptionsXiaomi": ".provider_options_xiaomi",
    "ProviderOptionsZAi": ".provider_options_z_ai",
    "ProviderOverloadedResponse": ".provider_overloaded_response",
    "ProviderOverloadedResponseErrorData": ".provider_overloaded_response_error_data",
    "ProviderOverloadedResponseErrorDataMetadataType0": ".provider_overloaded_response_error_data_metadata_type_0",
    "ProviderPreferences": ".provider_preferences",
    "ProviderPreferencesDataCollectionType1": ".provider_preferences_data_collection_type_1",
    "ProviderPreferencesDataCollectionType2Type1": ".provider_preferences_data_collection_type_2_type_1",
    "ProviderPreferencesDataCollectionType3Type1": ".provider_preferences_data_collection_type_3_type_1",
    "ProviderPreferencesMaxPrice": ".provider_preferences_max_price",
    "ProviderResponse": ".provider_response",
    "ProviderSort": ".provider_sort",
    "ProviderSortConfig": ".provider_sort_config",
    "ProviderSortConfigByType1": ".provider_sort_config_by_type_1",
    "ProviderSortConfigByType2Type1": ".provider_sort_config_by_type_2_type_1",
    "ProviderSortConfigByType3Type1": ".provider_sort_config_by_type_3_type_1",
    "ProviderSortConfigPartitionType1": ".provider_sort_config_partition_type_1",
    "ProviderSortConfigPartitionType2Type1": ".provider_sort_config_partition_type_2_type_1",
    "ProviderSortConfigPartitionType3Type1": ".provider_sort_config_partition_type_3_type_1",
    "PublicEndpoint": ".public_endpoint",
    "PublicEndpointPricing": ".public_endpoint_pricing",
    "PublicPricing": ".public_pricing",
    "QueryAnalyticsRequest": ".query_analytics_request",
    "QueryAnalyticsRequestClassifierDimensions": ".query_analytics_request_classifier_dimensions",
    "QueryAnalyticsRequestClassifierFilters": ".query_analytics_request_classifier_filters",
    "QueryAnalyticsRequestClassifierFiltersFiltersItem": ".query_analytics_request_classifier_filters_filters_item",
    "QueryAnalyticsRequestFiltersItem": ".query_analytics_request_filters_item",
    "QueryAnalyticsRequestOrderBy": ".query_analytics_request_order_by",
    "QueryAnalyticsRequestOrderByDirection": ".query_analytics_request_order_by_direction",
    "QueryAnalyticsRequestTimeRange": ".query_analytics_request_time_range",
    "QueryAnalyticsResponse": ".query_analytics_response",
    "QueryAnalyticsResponseData": ".query_analytics_response_data",
    "QueryAnalyticsResponseDataDataItem": ".query_analytics_response_data_data_item",
    "QueryAnalyticsResponseDataMetadata": ".query_analytics_response_data_metadata",
    "RangeCapability": ".range_capability",
    "RangeCapabilityType": ".range_capability_type",
    "RankingsDailyItem": ".rankings_daily_item",
    "RankingsDailyMeta": ".rankings_daily_meta",
    "RankingsDailyMetaVersion": ".rankings_daily_meta_version",
    "RankingsDailyResponse": ".rankings_daily_response",
    "ReasoningConfig": ".reasoning_config",
    "ReasoningDeltaEvent": ".reasoning_delta_event",
    "ReasoningDetailEncrypted": ".reasoning_detail_encrypted",
    "ReasoningDetailEncryptedType": ".reasoning_detail_encrypted_type",
    "ReasoningDetailOther": ".reasoning_detail_other",
    "ReasoningDetailServerToolCall": ".reasoning_detail_server_tool_call",
    "ReasoningDetailServerToolCallType": ".reasoning_detail_server_tool_call_type",
    "ReasoningDetailSummary": ".reasoning_detail_summary",
    "ReasoningDetailSummaryType": ".reasoning_detail_summary_type",
    "ReasoningDetailText": ".reasoning_detail_text",
    "ReasoningDetailTextType": ".reasoning_detail_text_type",
    "ReasoningDoneEvent": ".reasoning_done_event",
    "ReasoningItem": ".reasoning_item",
    "ReasoningItemStatusType0": ".reasoning_item_status_type_0",
    "ReasoningItemStatusType1": ".reasoning_item_status_type_1",
    "ReasoningItemStatusType2": ".reasoning_item_status_type_2",
    "ReasoningItemType": ".reasoning_item_type",
    "ReasoningSummaryPartAddedEvent": ".reasoning_summary_part_added_event",
    "ReasoningSummaryPartDoneEvent": ".reasoning_summary_part_done_event",
    "ReasoningSummaryText": ".reasoning_summary_text",
    "ReasoningSummaryTextDeltaEvent": ".reasoning_summary_text_delta_event",
    "ReasoningSummaryTextDoneEvent": ".reasoning_summary_text_done_event",
    "ReasoningSummaryTextType": ".reasoning_summary_text_type",
    "ReasoningTextContent": ".reasoning_text_content",
    "ReasoningTextContentType": ".reasoning_text_content_type",
    "RefusalDeltaEvent": ".refusal_delta_event",
    "RefusalDoneEvent": ".refusal_done_event",
    "RequestMetadata": ".request_metadata",
    "RequestTimeoutResponse": ".request_timeout_response",
    "RequestTimeoutResponseErrorData": ".request_timeout_response_error_data",
    "RequestTimeoutResponseErrorDataMetadataType0": ".request_timeout_response_error_data_metadata_type_0",
    "ResponseHealingPlugin": ".response_healing_plugin",
    "ResponseHealingPluginId": ".response_healing_plugin_id",
    "ResponseIncludesEnum": ".response_includes_enum",
    "ResponseOutputText": ".response_output_text",
    "ResponseOutputTextLogprobsItem": ".response_output_text_logprobs_item",
    "ResponseOutputTextLogprobsItemTopLogprobsItem": ".response_output_text_logprobs_item_top_logprobs_item",
    "ResponseOutputTextType": ".response_output_text_type",
    "ResponsesErrorField": ".responses_error_field",
    "ResponsesRequest": ".responses_request",
    "ResponsesRequestServiceTierType1": ".responses_request_service_tier_type_1",
    "ResponsesRequestServiceTierType2Type1": ".responses_request_service_tier_type_2_type_1",
    "ResponsesRequestServiceTierType3Type1": ".responses_request_service_tier_type_3_type_1",
    "ResponsesRequestToolsItemFunction": ".responses_request_tools_item_function",
    "ResponsesStreamingResponse": ".responses_streaming_response",
    "RouterAttempt": ".router_attempt",
    "RouterParams": ".router_params",
    "ScimGroup": ".scim_group",
    "ScimGroupMapping": ".scim_group_mapping",
    "SearchModelsServerToolConfig": ".search_models_server_tool_config",
    "SearchModelsServerToolOpenRouter": ".search_models_server_tool_open_router",
    "SearchModelsServerToolOpenRouterType": ".search_models_server_tool_open_router_type",
    "SearchQualityLevel": ".search_quality_level",
    "ServerToolUseDetails": ".server_tool_use_details",
    "ServiceTier": ".service_tier",
    "ServiceUnavailableResponse": ".service_unavailable_response",
    "ServiceUnavailableResponseErrorData": ".service_unavailable_response_error_data",
    "ServiceUnavailableResponseErrorDataMetadataType0": ".service_unavailable_response_error_data_metadata_type_0",
    "SessionCostItem": ".session_cost_item",
    "SessionCostMeta": ".session_cost_meta",
    "SessionCostMetaVersion": ".session_cost_meta_version",
    "SessionCostResponse": ".session_cost_response",
    "ShellCallItem": ".shell_call_item",
    "ShellCallItemAction": ".shell_call_item_action",
    "ShellCallItemType": ".shell_call_item_type",
    "ShellCallOutputContent": ".shell_call_output_content",
    "ShellCallOutputContentOutcomeExit": ".shell_call_output_content_outcome_exit",
    "ShellCallOutputContentOutcomeExitType": ".shell_call_output_content_outcome_exit_type",
    "ShellCallOutputContentOutcomeTimeout": ".shell_call_output_content_outcome_timeout",
    "ShellCallOutputContentOutcomeTimeoutType": ".shell_call_output_content_outcome_timeout_type",
    "ShellCallOutputItem": ".shell_call_output_item",
    "ShellCallOutputItemType": ".shell_call_output_item_type",
    "ShellServerTool": ".shell_server_tool",
    "ShellServerToolConfig": ".shell_server_tool_config",
    "ShellServerToolEngine": ".shell_server_tool_engine",
    "ShellServerToolOpenRouter": ".shell_server_tool_open_router",
    "ShellServerToolOpenRouterType": ".shell_server_tool_open_router_type",
    "ShellServerToolType": ".shell_server_tool_type",
    "SpeechInputReferenceAudio": ".speech_input_reference_audio",
    "SpeechInputReferenceAudioInput": ".speech_input_reference_audio_input",
    "SpeechInputReferenceAudioType": ".speech_input_reference_audio_type",
    "SpeechInputReferenceText": ".speech_input_reference_text",
    "SpeechInputReferenceTextType": ".speech_input_reference_text_type",
    "SpeechRequest": ".speech_request",
    "SpeechRequestProvider": ".speech_request_provider",
    "SpeechRequestResponseFormat": ".speech_request_response_format",
    "StopServerToolsWhenFinishReasonIs": ".stop_server_tools_when_finish_reason_is",
    "StopServerToolsWhenFinishReasonIsType": ".stop_server_tools_when_finish_reason_is_type",
    "StopServerToolsWhenHasToolCall": ".stop_server_tools_when_has_tool_call",
    "StopServerToolsWhenHasToolCallType": ".stop_server_tools_when_has_tool_call_type",
    "StopServerToolsWhenMaxCost": ".stop_server_tools_when_max_cost",
    "StopServerToolsWhenMaxCostType": ".stop_server_tools_when_max_cost_type",
    "StopServerToolsWhenMaxTokensUsed": ".stop_server_tools_when_max_tokens_used",
    "StopServerToolsWhenMaxTokensUsedType": ".stop_server_tools_when_max_tokens_used_type",
    "StopServerToolsWhenStepCountIs": ".stop_server_tools_when_step_count_is",
    "StopServerToolsWhenStepCountIsType": ".stop_server_tools_when_step_count_is_type",
    "StoredPromptTemplate": ".stored_prompt_template",
    "StoredPromptTemplateVariablesType0": ".stored_prompt_template_variables_type_0",
    "StreamEventsResponseCompleted": ".stream_events_response_completed",
    "StreamEventsResponseCompletedType": ".stream_events_response_completed_type",
    "StreamEventsResponseFailed": ".stream_events_response_failed",
    "StreamEventsResponseFailedType": ".stream_events_response_failed_type",
    "StreamEventsResponseIncomplete": ".stream_events_response_incomplete",
    "StreamEventsResponseIncompleteType": ".stream_events_response_incomplete_type",
    "StreamEventsResponseOutputItemAdded": ".stream_events_response_output_item_added",
    "StreamEventsResponseOutputItemAddedType": ".stream_events_response_output_item_added_type",
    "StreamEventsResponseOutputItemDone": ".stream_events_response_output_item_done",
    "StreamEventsResponseOutputItemDoneType": ".stream_events_response_output_item_done_type",
    "StreamLogprob": ".stream_logprob",
    "StreamLogprobTopLogprob": ".stream_logprob_top_logprob",
    "STTInputAudio": ".stt_input_audio",
    "STTRequest": ".stt_request",
    "STTRequestProvider": ".stt_request_provider",
    "STTRequestResponseFormat": ".stt_request_response_format",
    "STTResponse": ".stt_response",
    "STTSegment": ".stt_segment",
    "STTTimestampGranularity": ".stt_timestamp_granularity",
    "STTUsage": ".stt_usage",
    "STTWord": ".stt_word",
    "SubagentNestedTool": ".subagent_nested_tool",
    "SubagentNestedToolParameters": ".subagent_nested_tool_parameters",
    "SubagentReasoning": ".subagent_reasoning",
    "SubagentReasoningEffort": ".subagent_reasoning_effort",
    "SubagentServerToolConfig": ".subagent_server_tool_config",
    "SubagentServerToolOpenRouter": ".subagent_server_tool_open_router",
    "SubagentServerToolOpenRouterType": ".subagent_server_tool_open_router_type",
    "SubmitGenerationFeedbackRequest": ".submit_generation_feedback_request",
    "SubmitGenerationFeedbackRequestCategory": ".submit_generation_feedback_request_category",
    "SubmitGenerationFeedbackResponse": ".submit_generation_feedback_response",
    "SubmitGenerationFeedbackResponseData": ".submit_generation_feedback_response_data",
    "SupportedParameters": ".supported_parameters",
    "TaskClassificationItem": ".task_classification_item",
    "TaskClassificationMacroCategory": ".task_classification_macro_category",
    "TaskClassificationModel": ".task_classification_model",
    "TaskClassificationResponse": ".task_classification_response",
    "TaskClassificationResponseData": ".task_classification_response_data",
    "TextConfig": ".text_config",
    "TextConfigVerbosityType1": ".text_config_verbosity_type_1",
    "TextConfigVerbosityType2Type1": ".text_config_verbosity_type_2_type_1",
    "TextConfigVerbosityType3Type1": ".text_config_verbosity_type_3_type_1",
    "TextDeltaEvent": ".text_delta_event",
    "TextDeltaEventType": ".text_delta_event_type",
    "TextDoneEvent": ".text_done_event",
    "TextDoneEventType": ".text_done_event_type",
    "TextExtendedConfig": ".text_extended_config",
    "TooManyRequestsResponse": ".too_many_requests_response",
    "TooManyRequestsResponseErrorData": ".too_many_requests_response_error_data",
    "TooManyRequestsResponseErrorDataMetadataType0": ".too_many_requests_response_error_data_metadata_type_0",
    "ToolChoiceAllowed": ".tool_choice_allowed",
    "ToolChoiceAllowedModeType0": ".tool_choice_allowed_mode_type_0",
    "ToolChoiceAllowedModeType1": ".tool_choice_allowed_mode_type_1",
    "ToolChoiceAllowedToolsItem": ".tool_choice_allowed_tools_item",
    "ToolChoiceAllowedType": ".tool_choice_allowed_type",
    "ToolSearchServerTool": ".tool_search_server_tool",
    "ToolSearchServerToolConfig": ".tool_search_server_tool_config",
    "ToolSearchServerToolType": ".tool_search_server_tool_type",
    "TopProviderInfo": ".top_provider_info",
    "TraceConfig": ".trace_config",
    "UnauthorizedResponse": ".unauthorized_response",
    "UnauthorizedResponseErrorData": ".unauthorized_response_error_data",
    "UnauthorizedResponseErrorDataMetadataType0": ".unauthorized_response_error_data_metadata_type_0",
    "UnifiedBenchmarkPricing": ".unified_benchmark_pricing",
    "UnifiedBenchmarksAAItem": ".unified_benchmarks_aa_item",
    "UnifiedBenchmarksAAItemSource": ".unified_benchmarks_aa_item_source",
    "UnifiedBenchmarksDAItem": ".unified_benchmarks_da_item",
    "UnifiedBenchmarksDAItemSource": ".unified_benchmarks_da_item_source",
    "UnifiedBenchmarksDAItemTournamentStats": ".unified_benchmarks_da_item_tournament_stats",
    "UnifiedBenchmarksMeta": ".unified_benchmarks_meta",
    "UnifiedBenchmarksMetaVersion": ".unified_benchmarks_meta_version",
    "UnifiedBenchmarksORItem": ".unified_benchmarks_or_item",
    "UnifiedBenchmarksORItemSource": ".unified_benchmarks_or_item_source",
    "UnifiedBenchmarksResponse": ".unified_benchmarks_response",
    "UnifiedBenchmarksSearchItem": ".unified_benchmarks_search_item",
    "UnifiedBenchmarksSearchItemSource": ".unified_benchmarks_search_item_source",
    "UnifiedBenchmarksSearchRunConfig": ".unified_benchmarks_search_run_config",
    "UnprocessableEntityResponse": ".unprocessable_entity_response",
    "UnprocessableEntityResponseErrorData": ".unprocessable_entity_response_error_data",
    "UnprocessableEntityResponseErrorDataMetadataType0": ".unprocessable_entity_response_error_data_metadata_type_0",
    "UpdateBYOKKeyRequest": ".update_byok_key_request",
    "UpdateBYOKKeyResponse": ".update_byok_key_response",
    "UpdateGuardrailRequest": ".update_guardrail_request",
    "UpdateGuardrailResponse": ".update_guardrail_response",
    "UpdateKeysRequest": ".update_keys_request",
    "UpdateKeysRequestLimitResetType1": ".update_keys_request_limit_reset_type_1",
    "UpdateKeysRequestLimitResetType2Type1": ".update_keys_request_limit_reset_type_2_type_1",
    "UpdateKeysRequestLimitResetType3Type1": ".update_keys_request_limit_reset_type_3_type_1",
    "UpdateKeysResponse": ".update_keys_response",
    "UpdateKeysResponseData": ".update_keys_response_data",
    "UpdateObservabilityDestinationRequest": ".update_observability_destination_request",
    "UpdateObservabilityDestinationRequestConfig": ".update_observability_destination_request_config",
    "UpdateObservabilityDestinationResponse": ".update_observability_destination_response",
    "UpdateScimGroupMappingRequest": ".update_scim_group_mapping_request",
    "UpdateScimGroupMappingRequestRole": ".update_scim_group_mapping_request_role",
    "UpdateScimGroupMappingResponse": ".update_scim_group_mapping_response",
    "UpdateWorkspaceRequest": ".update_workspace_request",
    "UpdateWorkspaceResponse": ".update_workspace_response",
    "UploadFileRequest": ".upload_file_request",
    "UpsertWorkspaceBudgetRequest": ".upsert_workspace_budget_request",
    "UpsertWorkspaceBudgetResponse": ".upsert_workspace_budget_response",
    "URLCitation": ".url_citation",
    "URLCitationType": ".url_citation_type",
    "Usage": ".usage",
    "UsageCostDetails": ".usage_cost_details",
    "VideoGenerationRequest": ".video_generation_request",
    "VideoGenerationRequestAspectRatio": ".video_generation_request_aspect_ratio",
    "VideoGenerationRequestProvider": ".video_generation_request_provider",
    "VideoGenerationRequestResolution": ".video_generation_request_resolution",
    "VideoGenerationResponse": ".video_generation_response",
    "VideoGenerationUsage": ".video_generation_usage",
    "VideoModel": ".video_model",
    "VideoModelPricingSkusType0": ".video_model_pricing_skus_type_0",
    "VideoModelUpscaleFactorType0": ".video_model_upscale_factor_type_0",
    "VideoModelsListResponse": ".video_models_list_response",
    "WebFetchEngineEnum": ".web_fetch_engine_enum",
    "WebFetchPlugin": ".web_fetch_plugin",
    "WebFetchPluginId": ".web_fetch_plugin_id",
    "WebFetchServerTool": ".web_fetch_server_tool",
    "WebFetchServerToolConfig": ".web_fetch_server_tool_config",
    "WebFetchServerToolType": ".web_fetch_server_tool_type",
    "WebSearchCallCompletedEvent": ".web_search_call_completed_event",
    "WebSearchCallInProgressEvent": ".web_search_call_in_progress_event",
    "WebSearchCallSearchingEvent": ".web_search_call_searching_event",
    "WebSearchConfig": ".web_search_config",
    "WebSearchDomainFilter": ".web_search_domain_filter",
    "WebSearchEngine": ".web_search_engine",
    "WebSearchPlugin": ".web_search_plugin",
    "WebSearchPluginId": ".web_search_plugin_id",
    "WebSearchPluginUserLocation": ".web_search_plugin_user_location",
    "WebSearchServerTool": ".web_search_server_tool",
    "WebSearchServerToolConfig": ".web_search_server_tool_config",
    "WebSearchServerToolOpenRouter": ".web_search_server_tool_open_router",
    "WebSearchServerToolOpenRouterType": ".web_search_server_tool_open_router_type",
    "WebSearchServerToolType": ".web_search_server_tool_type",
    "WebSearchSource": ".web_search_source",
    "WebSearchSourceType": ".web_search_source_type",
    "WebSearchUserLocation": ".web_search_user_location",
    "WebSearchUserLocationServerTool": ".web_search_user_location_server_tool",
    "WebSearchUserLocationServerToolType": ".web_search_user_location_server_tool_type",
    "WebSearchUserLocationType": ".web_search_user_location_type",
    "Workspace": ".workspace",
    "WorkspaceBudget": ".workspace_budget",
    "WorkspaceBudgetInterval": ".workspace_budget_interval",
    "WorkspaceMember": ".workspace_member",
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
    "AABenchmarkEntry",
    "ActivityItem",
    "ActivityResponse",
    "AdditionalToolsItem",
    "AdditionalToolsItemRole",
    "AdditionalToolsItemToolsItemFunction",
    "AdditionalToolsItemToolsItemVariant28",
    "AdditionalToolsItemType",
    "AdvisorReasoning",
    "AdvisorReasoningEffort",
    "AdvisorServerToolConfig",
    "AdvisorServerToolOpenRouter",
    "AdvisorServerToolOpenRouterType",
    "AgentMessageItem",
    "AgentMessageItemAgentType0",
    "AgentMessageItemContentItemEncryptedContent",
    "AgentMessageItemContentItemEncryptedContentType",
    "AgentMessageItemContentItemInputImage",
    "AgentMessageItemType",
    "AnnotationAddedEvent",
    "AnthropicAdvisorMessageUsageIteration",
    "AnthropicAdvisorMessageUsageIterationType",
    "AnthropicAdvisorToolResult",
    "AnthropicAdvisorToolResultContent",
    "AnthropicAdvisorToolResultType",
    "AnthropicAllowedCallersItem",
    "AnthropicBase64ImageSource",
    "AnthropicBase64ImageSourceType",
    "AnthropicBase64PdfSource",
    "AnthropicBase64PdfSourceMediaType",
    "AnthropicBase64PdfSourceType",
    "AnthropicBaseUsageIteration",
    "AnthropicBashCodeExecutionOutput",
    "AnthropicBashCodeExecutionOutputType",
    "AnthropicBashCodeExecutionResult",
    "AnthropicBashCodeExecutionResultType",
    "AnthropicBashCodeExecutionToolResult",
    "AnthropicBashCodeExecutionToolResultError",
    "AnthropicBashCodeExecutionToolResultErrorType",
    "AnthropicBashCodeExecutionToolResultType",
    "AnthropicCacheControlDirective",
    "AnthropicCacheControlDirectiveType",
    "AnthropicCacheCreation",
    "AnthropicCitationCharLocation",
    "AnthropicCitationCharLocationParam",
    "AnthropicCitationCharLocationParamType",
    "AnthropicCitationCharLocationType",
    "AnthropicCitationContentBlockLocation",
    "AnthropicCitationContentBlockLocationParam",
    "AnthropicCitationContentBlockLocationParamType",
    "AnthropicCitationContentBlockLocationType",
    "AnthropicCitationPageLocation",
    "AnthropicCitationPageLocationParam",
    "AnthropicCitationPageLocationParamType",
    "AnthropicCitationPageLocationType",
    "AnthropicCitationsConfig",
    "AnthropicCitationSearchResultLocation",
    "AnthropicCitationSearchResultLocationParam",
    "AnthropicCitationSearchResultLocationParamType",
    "AnthropicCitationSearchResultLocationType",
    "AnthropicCitationWebSearchResultLocation",
    "AnthropicCitationWebSearchResultLocationParam",
    "AnthropicCitationWebSearchResultLocationParamType",
    "AnthropicCitationWebSearchResultLocationType",
    "AnthropicCodeExecution20250825Caller",
    "AnthropicCodeExecution20250825CallerType",
    "AnthropicCodeExecution20260120Caller",
    "AnthropicCodeExecution20260120CallerType",
    "AnthropicCodeExecutionOutput",
    "AnthropicCodeExecutionOutputType",
    "AnthropicCodeExecutionResult",
    "AnthropicCodeExecutionResultType",
    "AnthropicCodeExecutionToolResult",
    "AnthropicCodeExecutionToolResultError",
    "AnthropicCodeExecutionToolResultErrorType",
    "AnthropicCodeExecutionToolResultType",
    "AnthropicCompactionBlock",
    "AnthropicCompactionBlockType",
    "AnthropicCompactionUsageIteration",
    "AnthropicCompactionUsageIterationType",
    "AnthropicContainer",
    "AnthropicContainerUpload",
    "AnthropicContainerUploadType",
    "AnthropicDirectCaller",
    "AnthropicDirectCallerType",
    "AnthropicDocumentBlock",
    "AnthropicDocumentBlockParam",
    "AnthropicDocumentBlockParamCitationsType0",
    "AnthropicDocumentBlockParamSourceContent",
    "AnthropicDocumentBlockParamSourceContentType",
    "AnthropicDocumentBlockParamType",
    "AnthropicDocumentBlockType",
    "AnthropicEncryptedCodeExecutionResult",
    "AnthropicEncryptedCodeExecutionResultType",
    "AnthropicFile",
    "AnthropicFileDeleted",
    "AnthropicFileDeletedShape",
    "AnthropicFileDeletedType",
    "AnthropicFileDocumentSource",
    "AnthropicFileDocumentSourceType",
    "AnthropicFileList",
    "AnthropicFileListShape",
    "AnthropicFileShape",
    "AnthropicFileType",
    "AnthropicImageBlockParam",
    "AnthropicImageBlockParamType",
    "AnthropicImageMimeType",
    "AnthropicInputTokensClearAtLeast",
    "AnthropicInputTokensClearAtLeastType",
    "AnthropicInputTokensTrigger",
    "AnthropicInputTokensTriggerType",
    "AnthropicIterationCacheCreation",
    "AnthropicMessagesErrorResponse",
    "AnthropicMessagesErrorResponseError",
    "AnthropicMessagesErrorResponseMetadata",
    "AnthropicMessagesErrorResponseType",
    "AnthropicMessageUsageIteration",
    "AnthropicMessageUsageIterationType",
    "AnthropicOutputTokensDetails",
    "AnthropicPlainTextSource",
    "AnthropicPlainTextSourceMediaType",
    "AnthropicPlainTextSourceType",
    "AnthropicRedactedThinkingBlock",
    "AnthropicRedactedThinkingBlockType",
    "AnthropicRefusalStopDetails",
    "AnthropicRefusalStopDetailsType",
    "AnthropicSearchResultBlockParam",
    "AnthropicSearchResultBlockParamCitations",
    "AnthropicSearchResultBlockParamType",
    "AnthropicServerToolUsage",
    "AnthropicTextBlock",
    "AnthropicTextBlockParam",
    "AnthropicTextBlockParamType",
    "AnthropicTextBlockType",
    "AnthropicTextEditorCodeExecutionCreateResult",
    "AnthropicTextEditorCodeExecutionCreateResultType",
    "AnthropicTextEditorCodeExecutionStrReplaceResult",
    "AnthropicTextEditorCodeExecutionStrReplaceResultType",
    "AnthropicTextEditorCodeExecutionToolResult",
    "AnthropicTextEditorCodeExecutionToolResultError",
    "AnthropicTextEditorCodeExecutionToolResultErrorType",
    "AnthropicTextEditorCodeExecutionToolResultType",
    "AnthropicTextEditorCodeExecutionViewResult",
    "AnthropicTextEditorCodeExecutionViewResultType",
    "AnthropicThinkingBlock",
    "AnthropicThinkingBlockType",
    "AnthropicThinkingDisplay",
    "AnthropicThinkingTurns",
    "AnthropicThinkingTurnsType",
    "AnthropicToolReference",
    "AnthropicToolReferenceType",
    "AnthropicToolSearchResult",
    "AnthropicToolSearchResultError",
    "AnthropicToolSearchResultErrorType",
    "AnthropicToolSearchResultType",
    "AnthropicToolSearchToolBm25",
    "AnthropicToolSearchToolBm25Name",
    "AnthropicToolSearchToolBm25Type",
    "AnthropicToolSearchToolRegex",
    "AnthropicToolSearchToolRegexName",
    "AnthropicToolSearchToolRegexType",
    "AnthropicToolSearchToolResult",
    "AnthropicToolSearchToolResultType",
    "AnthropicToolUseBlock",
    "AnthropicToolUseBlockType",
    "AnthropicToolUsesKeep",
    "AnthropicToolUsesKeepType",
    "AnthropicToolUsesTrigger",
    "AnthropicToolUsesTriggerType",
    "AnthropicUnknownUsageIteration",
    "AnthropicUrlImageSource",
    "AnthropicUrlImageSourceType",
    "AnthropicUrlPdfSource",
    "AnthropicUrlPdfSourceType",
    "AnthropicUsage",
    "AnthropicWebFetchBlock",
    "AnthropicWebFetchBlockType",
    "AnthropicWebFetchToolResult",
    "AnthropicWebFetchToolResultError",
    "AnthropicWebFetchToolResultErrorType",
    "AnthropicWebFetchToolResultType",
    "AnthropicWebSearchResult",
    "AnthropicWebSearchResultBlockParam",
    "AnthropicWebSearchResultBlockParamType",
    "AnthropicWebSearchResultType",
    "AnthropicWebSearchToolResult",
    "AnthropicWebSearchToolResultError",
    "AnthropicWebSearchToolResultErrorType",
    "AnthropicWebSearchToolResultType",
    "AnthropicWebSearchToolUserLocation",
    "AnthropicWebSearchToolUserLocationType",
    "ApplyPatchCallItem",
    "ApplyPatchCallItemType",
    "ApplyPatchCallOperationDiffDeltaEvent",
    "ApplyPatchCallOperationDiffDeltaEventType",
    "ApplyPatchCallOperationDiffDoneEvent",
    "ApplyPatchCallOperationDiffDoneEventType",
    "ApplyPatchCallOutputItem",
    "ApplyPatchCallOutputItemType",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationType",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationType",
    "ApplyPatchEngineEnum",
    "ApplyPatchServerTool",
    "ApplyPatchServerToolConfig",
    "ApplyPatchServerToolOpenRouter",
    "ApplyPatchServerToolOpenRouterType",
    "ApplyPatchServerToolType",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationType",
    "AppRankingsItem",
    "AppRankingsResponse",
    "AutoBetaRouterPlugin",
    "AutoBetaRouterPluginCostTier",
    "AutoBetaRouterPluginId",
    "AutoRouterPlugin",
    "AutoRouterPluginCostTier",
    "AutoRouterPluginId",
    "BadGatewayResponse",
    "BadGatewayResponseErrorData",
    "BadGatewayResponseErrorDataMetadataType0",
    "BadRequestResponse",
    "BadRequestResponseErrorData",
    "BadRequestResponseErrorDataMetadataType0",
    "BaseAnnotationAddedEvent",
    "BaseAnnotationAddedEventType",
    "BaseContentPartAddedEvent",
    "BaseContentPartAddedEventType",
    "BaseContentPartDoneEvent",
    "BaseContentPartDoneEventType",
    "BaseCustomToolCallInputDeltaEvent",
    "BaseCustomToolCallInputDeltaEventType",
    "BaseCustomToolCallInputDoneEvent",
    "BaseCustomToolCallInputDoneEventType",
    "BaseErrorEvent",
    "BaseErrorEventType",
    "BaseFunctionCallArgsDeltaEvent",
    "BaseFunctionCallArgsDeltaEventType",
    "BaseFunctionCallArgsDoneEvent",
    "BaseFunctionCallArgsDoneEventType",
    "BaseInputsItemMessage",
    "BaseInputsItemMessagePhaseType0",
    "BaseInputsItemMessagePhaseType1",
    "BaseInputsItemMessageRoleType0",
    "BaseInputsItemMessageRoleType1",
    "BaseInputsItemMessageRoleType2",
    "BaseInputsItemMessageRoleType3",
    "BaseInputsItemMessageType",
    "BaseMessagesResult",
    "BaseMessagesResultRole",
    "BaseMessagesResultType",
    "BaseMessagesResultUsage",
    "BaseReasoningConfig",
    "BaseReasoningDeltaEvent",
    "BaseReasoningDeltaEventType",
    "BaseReasoningDoneEvent",
    "BaseReasoningDoneEventType",
    "BaseReasoningSummaryPartAddedEvent",
    "BaseReasoningSummaryPartAddedEventType",
    "BaseReasoningSummaryPartDoneEvent",
    "BaseReasoningSummaryPartDoneEventType",
    "BaseReasoningSummaryTextDeltaEvent",
    "BaseReasoningSummaryTextDeltaEventType",
    "BaseReasoningSummaryTextDoneEvent",
    "BaseReasoningSummaryTextDoneEventType",
    "BaseRefusalDeltaEvent",
    "BaseRefusalDeltaEventType",
    "BaseRefusalDoneEvent",
    "BaseRefusalDoneEventType",
    "BaseResponsesResult",
    "BaseResponsesResultObject",
    "BaseResponsesResultToolsItemFunction",
    "BaseTextDeltaEvent",
    "BaseTextDeltaEventType",
    "BaseTextDoneEvent",
    "BaseTextDoneEventType",
    "BashServerTool",
    "BashServerToolConfig",
    "BashServerToolEngine",
    "BashServerToolType",
    "BooleanCapability",
    "BooleanCapabilityType",
    "BulkAddWorkspaceMembersRequest",
    "BulkAddWorkspaceMembersResponse",
    "BulkAssignKeysRequest",
    "BulkAssignKeysResponse",
    "BulkAssignMembersRequest",
    "BulkAssignMembersResponse",
    "BulkRemoveWorkspaceMembersRequest",
    "BulkRemoveWorkspaceMembersResponse",
    "BulkUnassignKeysRequest",
    "BulkUnassignKeysResponse",
    "BulkUnassignMembersRequest",
    "BulkUnassignMembersResponse",
    "BYOKKey",
    "ChatAnnotation",
    "ChatAssistantImagesItem",
    "ChatAssistantImagesItemImageUrl",
    "ChatAssistantMessage",
    "ChatAudioOutput",
    "ChatChoice",
    "ChatChoiceError",
    "ChatChoiceErrorMetadataType0",
    "ChatContentAudio",
    "ChatContentAudioInputAudio",
    "ChatContentAudioType",
    "ChatContentCacheControl",
    "ChatContentFile",
    "ChatContentFileFile",
    "ChatContentFileType",
    "ChatContentImage",
    "ChatContentImageImageUrl",
    "ChatContentImageType",
    "ChatContentText",
    "ChatContentTextType",
    "ChatContentVideo",
    "ChatContentVideoInput",
    "ChatContentVideoType",
    "ChatDebugOptions",
    "ChatDeveloperMessage",
    "ChatDeveloperMessageRole",
    "ChatFormatGrammarConfig",
    "ChatFormatGrammarConfigType",
    "ChatFormatJsonObjectConfig",
    "ChatFormatJsonObjectConfigType",
    "ChatFormatJsonSchemaConfig",
    "ChatFormatJsonSchemaConfigType",
    "ChatFormatPythonConfig",
    "ChatFormatPythonConfigType",
    "ChatFormatTextConfig",
    "ChatFormatTextConfigType",
    "ChatFunctionToolFunction",
    "ChatFunctionToolFunctionFunction",
    "ChatFunctionToolFunctionFunctionParameters",
    "ChatFunctionToolFunctionType",
    "ChatJsonSchemaConfig",
    "ChatJsonSchemaConfigSchema",
    "ChatNamedToolChoice",
    "ChatNamedToolChoiceFunction",
    "ChatNamedToolChoiceType",
    "ChatReasoningSummaryVerbosityEnum",
    "ChatRequest",
    "ChatRequestLogitBiasType0",
    "ChatRequestMetadata",
    "ChatRequestModalitiesItem",
    "ChatRequestReasoning",
    "ChatRequestReasoningEffortType1",
    "ChatRequestReasoningEffortType2Type1",
    "ChatRequestReasoningEffortType3Type1",
    "ChatRequestServiceTierType1",
    "ChatRequestServiceTierType2Type1",
    "ChatRequestServiceTierType3Type1",
    "ChatRequestUsage",
    "ChatRequestWebSearchOptions",
    "ChatResult",
    "ChatResultObject",
    "ChatSearchModelsServerTool",
    "ChatSearchModelsServerToolType",
    "ChatServerToolChoice",
    "ChatStreamChoice",
    "ChatStreamChunk",
    "ChatStreamChunkDebug",
    "ChatStreamChunkError",
    "ChatStreamChunkErrorMetadata",
    "ChatStreamChunkObject",
    "ChatStreamDelta",
    "ChatStreamingResponse",
    "ChatStreamOptions",
    "ChatStreamToolCall",
    "ChatStreamToolCallFunction",
    "ChatStreamToolCallType",
    "ChatSystemMessage",
    "ChatSystemMessageRole",
    "ChatTokenLogprob",
    "ChatTokenLogprobs",
    "ChatTokenLogprobTopLogprobsItem",
    "ChatToolCall",
    "ChatToolCallFunction",
    "ChatToolCallType",
    "ChatToolChoiceType0",
    "ChatToolChoiceType1",
    "ChatToolChoiceType2",
    "ChatToolMessage",
    "ChatToolMessageRole",
    "ChatUrlCitation",
    "ChatUsage",
    "ChatUsageCompletionTokensDetailsType0",
    "ChatUsagePromptTokensDetailsType0",
    "ChatUserMessage",
    "ChatUserMessageRole",
    "ChatWebSearchShorthand",
    "ChatWebSearchShorthandType",
    "CodeInterpreterCallCodeDeltaEvent",
    "CodeInterpreterCallCodeDoneEvent",
    "CodeInterpreterCallCompletedEvent",
    "CodeInterpreterCallInProgressEvent",
    "CodeInterpreterCallInterpretingEvent",
    "CodeInterpreterCallItem",
    "CodeInterpreterFileOutput",
    "CodeInterpreterFileOutputType",
    "CodeInterpreterImageOutput",
    "CodeInterpreterImageOutputType",
    "CodeInterpreterLogsOutput",
    "CodeInterpreterLogsOutputType",
    "CodeInterpreterServerTool",
    "CodeInterpreterServerToolContainerAuto",
    "CodeInterpreterServerToolContainerAutoType",
    "CodeInterpreterServerToolType",
    "CodexLocalShellTool",
    "CodexLocalShellToolType",
    "CompactionItem",
    "CompactionItemType",
    "CompletedEvent",
    "CompletedEventType",
    "CompoundFilter",
    "CompoundFilterFiltersItem",
    "CompoundFilterType",
    "ComputerUseServerTool",
    "ComputerUseServerToolType",
    "ConflictResponse",
    "ConflictResponseErrorData",
    "ConflictResponseErrorDataMetadataType0",
    "ContainerAutoEnvironment",
    "ContainerAutoEnvironmentType",
    "ContainerReferenceEnvironment",
    "ContainerReferenceEnvironmentType",
    "ContentFilterBuiltinEntry",
    "ContentFilterBuiltinEntryInput",
    "ContentFilterEntry",
    "ContentPartAddedEvent",
    "ContentPartAddedEventType",
    "ContentPartAudio",
    "ContentPartAudioAudioUrl",
    "ContentPartAudioType",
    "ContentPartDoneEvent",
    "ContentPartDoneEventType",
    "ContentPartImage",
    "ContentPartImageImageUrl",
    "ContentPartImageType",
    "ContentPartInputAudio",
    "ContentPartInputAudioType",
    "ContentPartInputFile",
    "ContentPartInputFileType",
    "ContentPartInputVideo",
    "ContentPartInputVideoType",
    "ContentPartVideo",
    "ContentPartVideoType",
    "ContentPartVideoVideoUrl",
    "ContextCompactionItem",
    "ContextCompactionItemType",
    "ContextCompressionEngine",
    "ContextCompressionPlugin",
    "ContextCompressionPluginId",
    "CostDetails",
    "CreateAuthKeysCodeRequest",
    "CreateAuthKeysCodeRequestCodeChallengeMethod",
    "CreateAuthKeysCodeRequestUsageLimitType",
    "CreateAuthKeysCodeResponse",
    "CreateAuthKeysCodeResponseData",
    "CreateBYOKKeyRequest",
    "CreateBYOKKeyResponse",
    "CreatedEvent",
    "CreatedEventType",
    "CreateEmbeddingsRequest",
    "CreateEmbeddingsRequestEncodingFormat",
    "CreateEmbeddingsRequestInputItemContentItemImageUrl",
    "CreateEmbeddingsRequestInputItemContentItemImageUrlImageUrl",
    "CreateEmbeddingsRequestInputItemContentItemImageUrlType",
    "CreateEmbeddingsRequestInputItemContentItemText",
    "CreateEmbeddingsRequestInputItemContentItemTextType",
    "CreateEmbeddingsRequestInputType4Item",
    "CreateEmbeddingsResponse",
    "CreateEmbeddingsResponseDataItem",
    "CreateEmbeddingsResponseDataItemObject",
    "CreateEmbeddingsResponseObject",
    "CreateEmbeddingsResponseUsage",
    "CreateEmbeddingsResponseUsagePromptTokensDetails",
    "CreateGuardrailRequest",
    "CreateGuardrailResponse",
    "CreateKeysRequest",
    "CreateKeysRequestLimitResetType1",
    "CreateKeysRequestLimitResetType2Type1",
    "CreateKeysRequestLimitResetType3Type1",
    "CreateKeysResponse",
    "CreateKeysResponseData",
    "CreateObservabilityDestinationRequest",
    "CreateObservabilityDestinationRequestConfig",
    "CreateObservabilityDestinationRequestType",
    "CreateObservabilityDestinationResponse",
    "CreatePresetFromInferenceResponse",
    "CreateRerankRequest",
    "CreateRerankRequestDocumentsItemVariant1",
    "CreateRerankResponse",
    "CreateRerankResponseResultsItem",
    "CreateRerankResponseResultsItemDocument",
    "CreateRerankResponseUsage",
    "CreateScimGroupMappingRequest",
    "CreateScimGroupMappingRequestRole",
    "CreateScimGroupMappingResponse",
    "CreateWorkspaceRequest",
    "CreateWorkspaceResponse",
    "CustomTool",
    "CustomToolCallInputDeltaEvent",
    "CustomToolCallInputDoneEvent",
    "CustomToolCallItem",
    "CustomToolCallOutputItem",
    "CustomToolCallOutputItemOutputItemInputImage",
    "CustomToolCallOutputItemType",
    "CustomToolFormatGrammar",
    "CustomToolFormatGrammarType",
    "CustomToolFormatText",
    "CustomToolFormatTextType",
    "CustomToolType",
    "DABenchmarkEntry",
    "DatetimeServerTool",
    "DatetimeServerToolConfig",
    "DatetimeServerToolType",
    "DebugEvent",
    "DebugEventDebug",
    "DebugEventDebugEchoUpstreamBody",
    "DebugEventDebugTimings",
    "DebugEventType",
    "DefaultParameters",
    "DeleteBYOKKeyResponse",
    "DeleteGuardrailResponse",
    "DeleteKeysResponse",
    "DeleteObservabilityDestinationResponse",
    "DeleteScimGroupMappingKeepMembersType0",
    "DeleteScimGroupMappingResponse",
    "DeleteWorkspaceBudgetResponse",
    "DeleteWorkspaceResponse",
    "DeprecatedRoute",
    "EasyInputMessage",
    "EasyInputMessageContentItemInputImage",
    "EasyInputMessagePhaseType0",
    "EasyInputMessagePhaseType1",
    "EasyInputMessageRoleType0",
    "EasyInputMessageRoleType1",
    "EasyInputMessageRoleType2",
    "EasyInputMessageRoleType3",
    "EasyInputMessageType",
    "EdgeNetworkTimeoutResponse",
    "EdgeNetworkTimeoutResponseErrorData",
    "EdgeNetworkTimeoutResponseErrorDataMetadataType0",
    "EndpointInfo",
    "EndpointsMetadata",
    "EnumCapability",
    "EnumCapabilityType",
    "ErrorEvent",
    "ExchangeAuthCodeForAPIKeyRequest",
    "ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType1",
    "ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType2Type1",
    "ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethodType3Type1",
    "ExchangeAuthCodeForAPIKeyResponse",
    "FailedEvent",
    "FailedEventType",
    "FileCitation",
    "FileCitationType",
    "FileParserPlugin",
    "FileParserPluginId",
    "FilePath",
    "FilePathType",
    "FileProvider",
    "FileSearchServerTool",
    "FileSearchServerToolFiltersVariant0",
    "FileSearchServerToolFiltersVariant0Type",
    "FileSearchServerToolRankingOptions",
    "FileSearchServerToolType",
    "FilesServerTool",
    "FilesServerToolConfig",
    "FilesServerToolType",
    "ForbiddenResponse",
    "ForbiddenResponseErrorData",
    "ForbiddenResponseErrorDataMetadataType0",
    "FormatJsonObjectConfig",
    "FormatJsonObjectConfigType",
    "FormatJsonSchemaConfig",
    "FormatJsonSchemaConfigSchema",
    "FormatJsonSchemaConfigType",
    "FormatTextConfig",
    "FormatTextConfigType",
    "FrameImage",
    "FrameImageFrameType",
    "FunctionCallArgsDeltaEvent",
    "FunctionCallArgsDoneEvent",
    "FunctionCallItem",
    "FunctionCallOutputItem",
    "FunctionCallOutputItemOutputItemInputImage",
    "FunctionCallOutputItemType",
    "FunctionTool",
    "FunctionToolParametersType0",
    "FunctionToolType",
    "FusionAnalysisResult",
    "FusionAnalysisResultContradictionsItem",
    "FusionAnalysisResultContradictionsItemStancesItem",
    "FusionAnalysisResultPartialCoverageItem",
    "FusionAnalysisResultUniqueInsightsItem",
    "FusionCallAnalysisCompletedEvent",
    "FusionCallAnalysisCompletedEventType",
    "FusionCallAnalysisInProgressEvent",
    "FusionCallAnalysisInProgressEventType",
    "FusionCallCompletedEvent",
    "FusionCallCompletedEventType",
    "FusionCallInProgressEvent",
    "FusionCallInProgressEventType",
    "FusionCallPanelAddedEvent",
    "FusionCallPanelAddedEventType",
    "FusionCallPanelCompletedEvent",
    "FusionCallPanelCompletedEventType",
    "FusionCallPanelDeltaEvent",
    "FusionCallPanelDeltaEventType",
    "FusionCallPanelFailedEvent",
    "FusionCallPanelFailedEventType",
    "FusionCallPanelReasoningDeltaEvent",
    "FusionCallPanelReasoningDeltaEventType",
    "FusionPlugin",
    "FusionPluginId",
    "FusionPluginPreset",
    "FusionPluginToolsItem",
    "FusionPluginToolsItemParameters",
    "FusionPluginToolsItemParametersAdditionalPropertiesVariant5",
    "FusionServerToolConfig",
    "FusionServerToolConfigReasoning",
    "FusionServerToolConfigReasoningEffort",
    "FusionServerToolConfigToolsItem",
    "FusionServerToolConfigToolsItemParameters",
    "FusionServerToolOpenRouter",
    "FusionServerToolOpenRouterType",
    "FusionSource",
    "GenerationContentData",
    "GenerationContentDataInputVariant0",
    "GenerationContentDataInputVariant1",
    "GenerationContentDataOutput",
    "GenerationContentError",
    "GenerationContentErrorAttempt",
    "GenerationContentResponse",
    "GenerationResponse",
    "GenerationResponseData",
    "GetAnalyticsMetaResponse",
    "GetAnalyticsMetaResponseData",
    "GetAnalyticsMetaResponseDataDimensionsItem",
    "GetAnalyticsMetaResponseDataGranularitiesItem",
    "GetAnalyticsMetaResponseDataMetricsItem",
    "GetAnalyticsMetaResponseDataOperatorsItem",
    "GetAppRankingsCategory",
    "GetAppRankingsSort",
    "GetAppRankingsSubcategory",
    "GetBenchmarksArena",
    "GetBenchmarksBenchmarkType",
    "GetBenchmarksSearchSurface",
    "GetBenchmarksSource",
    "GetBenchmarksTaskType",
    "GetBYOKKeyResponse",
    "GetCreditsResponse",
    "GetCreditsResponseData",
    "GetCurrentKeyResponse",
    "GetCurrentKeyResponseData",
    "GetCurrentKeyResponseDataRateLimit",
    "GetGuardrailResponse",
    "GetKeyResponse",
    "GetKeyResponseData",
    "GetModelsCategory",
    "GetModelsDistillable",
    "GetModelsRegion",
    "GetModelsSort",
    "GetModelsZdr",
    "GetObservabilityDestinationResponse",
    "GetPresetResponse",
    "GetPresetVersionResponse",
    "GetRankingsDailyCategory",
    "GetRankingsDailyContextBucket",
    "GetRankingsDailyLanguageType",
    "GetRankingsDailyModality",
    "GetRankingsDailyPeriod",
    "GetScimGroupMappingResponse",
    "GetSessionCostTurnRange",
    "GetTaskClassificationsWindow",
    "GetUserActivityGroupBy",
    "GetWorkspaceBudgetResponse",
    "GetWorkspaceResponse",
    "GoneResponse",
    "GoneResponseErrorData",
    "GoneResponseErrorDataMetadataType0",
    "Guardrail",
    "ImageConfig",
    "ImageEndpoint",
    "ImageGenCallCompletedEvent",
    "ImageGenCallGeneratingEvent",
    "ImageGenCallInProgressEvent",
    "ImageGenCallPartialImageEvent",
    "ImageGenCompletedEvent",
    "ImageGenCompletedEventType",
    "ImageGenerationProviderPreferences",
    "ImageGenerationRequest",
    "ImageGenerationRequestAspectRatio",
    "ImageGenerationRequestBackground",
    "ImageGenerationRequestOutputFormat",
    "ImageGenerationRequestQuality",
    "ImageGenerationRequestResolution",
    "ImageGenerationResponse",
    "ImageGenerationResponseDataItem",
    "ImageGenerationServerTool",
    "ImageGenerationServerToolConfig",
    "ImageGenerationServerToolInputImageMask",
    "ImageGenerationServerToolOpenRouter",
    "ImageGenerationServerToolOpenRouterType",
    "ImageGenerationServerToolType",
    "ImageGenerationUsage",
    "ImageGenerationUsageCompletionTokensDetailsType0",
    "ImageGenerationUsagePromptTokensDetailsType0",
    "ImageGenerationUsageServerToolUseType0",
    "ImageGenPartialImageEvent",
    "ImageGenPartialImageEventType",
    "ImageGenStreamErrorEvent",
    "ImageGenStreamErrorEventError",
    "ImageGenStreamErrorEventType",
    "ImageGenTextChunkEvent",
    "ImageGenTextChunkEventType",
    "ImageModelArchitecture",
    "ImageModelEndpointsResponse",
    "ImageModelListItem",
    "ImageModelsListResponse",
    "ImagePricingEntry",
    "ImageStreamingResponse",
    "IncompleteDetails",
    "IncompleteEvent",
    "IncompleteEventType",
    "InProgressEvent",
    "InProgressEventType",
    "InputAudio",
    "InputAudioInputAudio",
    "InputAudioType",
    "InputFile",
    "InputFileType",
    "InputImage",
    "InputImageType",
    "InputMessageItem",
    "InputMessageItemContentItemInputImage",
    "InputMessageItemRoleType0",
    "InputMessageItemRoleType1",
    "InputMessageItemRoleType2",
    "InputMessageItemType",
    "InputsItemMessage",
    "InputsItemMessagePhaseType0",
    "InputsItemMessagePhaseType1",
    "InputsItemMessageRole",
    "InputsItemMessageStatusType0",
    "InputsItemMessageStatusType1",
    "InputsItemMessageStatusType2",
    "InputsItemMessageType",
    "InputsItemReasoning",
    "InputsItemReasoningStatusType0",
    "InputsItemReasoningStatusType1",
    "InputsItemReasoningStatusType2",
    "InputsItemReasoningType",
    "InputText",
    "InputTextType",
    "InputVideo",
    "InputVideoType",
    "InternalServerResponse",
    "InternalServerResponseErrorData",
    "InternalServerResponseErrorDataMetadataType0",
    "ItemReferenceItem",
    "ItemReferenceItemType",
    "KeyAssignment",
    "LegacyChatContentVideo",
    "LegacyChatContentVideoInput",
    "LegacyChatContentVideoType",
    "LegacyWebSearchServerTool",
    "LegacyWebSearchServerToolType",
    "ListByokKeysProvider",
    "ListBYOKKeysResponse",
    "ListEndpointsResponse",
    "ListEndpointsResponseArchitecture",
    "ListEndpointsResponseBody",
    "ListEndpointsZdrResponse",
    "ListFilesOrder",
    "ListGuardrailsResponse",
    "ListKeyAssignmentsResponse",
    "ListMemberAssignmentsResponse",
    "ListObservabilityDestinationsResponse",
    "ListOrganizationMembersResponse",
    "ListOrganizationMembersResponseDataItem",
    "ListPresetsResponse",
    "ListPresetVersionsResponse",
    "ListProvidersResponse",
    "ListProvidersResponseDataItem",
    "ListResponse",
    "ListResponseDataItem",
    "ListScimGroupMappingsResponse",
    "ListScimGroupsResponse",
    "ListWorkspaceBudgetsResponse",
    "ListWorkspaceMembersResponse",
    "ListWorkspacesResponse",
    "LocalShellCallItem",
    "LocalShellCallItemAction",
    "LocalShellCallItemActionEnv",
    "LocalShellCallItemActionType",
    "LocalShellCallItemType",
    "LocalShellCallOutputItem",
    "LocalShellCallOutputItemType",
    "McpApprovalRequestItem",
    "McpApprovalRequestItemType",
    "McpApprovalResponseItem",
    "McpApprovalResponseItemType",
    "McpCallItem",
    "McpCallItemType",
    "McpListToolsItem",
    "McpListToolsItemToolsItem",
    "McpListToolsItemToolsItemInputSchema",
    "McpListToolsItemType",
    "McpServerTool",
    "McpServerToolAllowedToolsVariant1",
    "McpServerToolHeadersType0",
    "McpServerToolRequireApprovalType1",
    "McpServerToolRequireApprovalType2",
    "McpServerToolRequireApprovalVariant0",
    "McpServerToolRequireApprovalVariant0Always",
    "McpServerToolRequireApprovalVariant0Never",
    "McpServerToolType",
    "MemberAssignment",
    "MessagesAdvisorToolResultBlock",
    "MessagesAdvisorToolResultBlockContent",
    "MessagesAdvisorToolResultBlockType",
    "MessagesBashToolResultBlock",
    "MessagesBashToolResultBlockContent",
    "MessagesBashToolResultBlockType",
    "MessagesContentBlockDeltaEvent",
    "MessagesContentBlockDeltaEventDeltaCitationsDelta",
    "MessagesContentBlockDeltaEventDeltaCitationsDeltaType",
    "MessagesContentBlockDeltaEventDeltaCompactionDelta",
    "MessagesContentBlockDeltaEventDeltaCompactionDeltaType",
    "MessagesContentBlockDeltaEventDeltaInputJsonDelta",
    "MessagesContentBlockDeltaEventDeltaInputJsonDeltaType",
    "MessagesContentBlockDeltaEventDeltaSignatureDelta",
    "MessagesContentBlockDeltaEventDeltaSignatureDeltaType",
    "MessagesContentBlockDeltaEventDeltaTextDelta",
    "MessagesContentBlockDeltaEventDeltaTextDeltaType",
    "MessagesContentBlockDeltaEventDeltaThinkingDelta",
    "MessagesContentBlockDeltaEventDeltaThinkingDeltaType",
    "MessagesContentBlockDeltaEventType",
    "MessagesContentBlockStartEvent",
    "MessagesContentBlockStartEventContentBlockCompaction",
    "MessagesContentBlockStartEventContentBlockCompactionType",
    "MessagesContentBlockStartEventType",
    "MessagesContentBlockStopEvent",
    "MessagesContentBlockStopEventType",
    "MessagesDeltaEvent",
    "MessagesDeltaEventDelta",
    "MessagesDeltaEventType",
    "MessagesDeltaEventUsage",
    "MessagesDeltaEventUsageServerToolUseType0",
    "MessagesErrorEvent",
    "MessagesErrorEventError",
    "MessagesErrorEventType",
    "MessagesFallbackParam",
    "MessagesMessageParam",
    "MessagesMessageParamContentItemCompaction",
    "MessagesMessageParamContentItemCompactionType",
    "MessagesMessageParamContentItemContentItemToolReference",
    "MessagesMessageParamContentItemContentItemToolReferenceType",
    "MessagesMessageParamContentItemContentWebSearchToolResultError",
    "MessagesMessageParamContentItemContentWebSearchToolResultErrorErrorCode",
    "MessagesMessageParamContentItemContentWebSearchToolResultErrorType",
    "MessagesMessageParamContentItemRedactedThinking",
    "MessagesMessageParamContentItemRedactedThinkingType",
    "MessagesMessageParamContentItemServerToolUse",
    "MessagesMessageParamContentItemServerToolUseType",
    "MessagesMessageParamContentItemThinking",
    "MessagesMessageParamContentItemThinkingType",
    "MessagesMessageParamContentItemToolResult",
    "MessagesMessageParamContentItemToolResultType",
    "MessagesMessageParamContentItemToolUse",
    "MessagesMessageParamContentItemToolUseType",
    "MessagesMessageParamContentItemWebSearchToolResult",
    "MessagesMessageParamContentItemWebSearchToolResultType",
    "MessagesMessageParamRole",
    "MessagesOutputConfig",
    "MessagesOutputConfigEffortType1",
    "MessagesOutputConfigEffortType2Type1",
    "MessagesOutputConfigEffortType3Type1",
    "MessagesOutputConfigFormatType0",
    "MessagesOutputConfigFormatType0Schema",
    "MessagesOutputConfigFormatType0Type",
    "MessagesOutputConfigTaskBudgetType0",
    "MessagesOutputConfigTaskBudgetType0Type",
    "MessagesPingEvent",
    "MessagesPingEventType",
    "MessagesRequest",
    "MessagesRequestContextManagementEditsItemClearThinking20251015",
    "MessagesRequestContextManagementEditsItemClearThinking20251015KeepType2",
    "MessagesRequestContextManagementEditsItemClearThinking20251015Type",
    "MessagesRequestContextManagementEditsItemClearToolUses20250919",
    "MessagesRequestContextManagementEditsItemClearToolUses20250919Type",
    "MessagesRequestContextManagementEditsItemCompact20260112",
    "MessagesRequestContextManagementEditsItemCompact20260112Type",
    "MessagesRequestContextManagementEditsItemKeepAll",
    "MessagesRequestContextManagementEditsItemKeepAllType",
    "MessagesRequestContextManagementEditsItemTriggerInputTokens",
    "MessagesRequestContextManagementType0",
    "MessagesRequestMetadata",
    "MessagesRequestThinkingAdaptive",
    "MessagesRequestThinkingAdaptiveType",
    "MessagesRequestThinkingDisabled",
    "MessagesRequestThinkingDisabledType",
    "MessagesRequestThinkingEnabled",
    "MessagesRequestThinkingEnabledType",
    "MessagesRequestToolChoiceAny",
    "MessagesRequestToolChoiceAnyType",
    "MessagesRequestToolChoiceAuto",
    "MessagesRequestToolChoiceAutoType",
    "MessagesRequestToolChoiceNone",
    "MessagesRequestToolChoiceNoneType",
    "MessagesRequestToolChoiceTool",
    "MessagesRequestToolChoiceToolType",
    "MessagesRequestToolsItemAdvisor20260301",
    "MessagesRequestToolsItemAdvisor20260301Name",
    "MessagesRequestToolsItemAdvisor20260301Type",
    "MessagesRequestToolsItemBash20250124",
    "MessagesRequestToolsItemBash20250124Name",
    "MessagesRequestToolsItemBash20250124Type",
    "MessagesRequestToolsItemCustom",
    "MessagesRequestToolsItemCustomInputSchema",
    "MessagesRequestToolsItemCustomType",
    "MessagesRequestToolsItemTextEditor20250124",
    "MessagesRequestToolsItemTextEditor20250124Name",
    "MessagesRequestToolsItemTextEditor20250124Type",
    "MessagesRequestToolsItemVariant12",
    "MessagesRequestToolsItemWebSearch20250305",
    "MessagesRequestToolsItemWebSearch20250305Name",
    "MessagesRequestToolsItemWebSearch20250305Type",
    "MessagesRequestToolsItemWebSearch20260209",
    "MessagesRequestToolsItemWebSearch20260209Name",
    "MessagesRequestToolsItemWebSearch20260209Type",
    "MessagesResult",
    "MessagesResultContextManagementType0",
    "MessagesResultContextManagementType0AppliedEditsItem",
    "MessagesResultRole",
    "MessagesResultType",
    "MessagesResultUsage",
    "MessagesSearchModelsServerTool",
    "MessagesSearchModelsServerToolType",
    "MessagesShellToolResultBlock",
    "MessagesShellToolResultBlockContent",
    "MessagesShellToolResultBlockType",
    "MessagesStartEvent",
    "MessagesStartEventMessage",
    "MessagesStartEventMessageRole",
    "MessagesStartEventMessageType",
    "MessagesStartEventMessageUsage",
    "MessagesStartEventType",
    "MessagesStopEvent",
    "MessagesStopEventType",
    "MessagesStreamingResponse",
    "MessagesToolAdditionBlock",
    "MessagesToolAdditionBlockToolMcpToolReference",
    "MessagesToolAdditionBlockToolMcpToolReferenceType",
    "MessagesToolAdditionBlockToolMcpToolsetReference",
    "MessagesToolAdditionBlockToolMcpToolsetReferenceType",
    "MessagesToolAdditionBlockToolToolReference",
    "MessagesToolAdditionBlockToolToolReferenceType",
    "MessagesToolAdditionBlockType",
    "MessagesToolRemovalBlock",
    "MessagesToolRemovalBlockToolMcpToolReference",
    "MessagesToolRemovalBlockToolMcpToolReferenceType",
    "MessagesToolRemovalBlockToolMcpToolsetReference",
    "MessagesToolRemovalBlockToolMcpToolsetReferenceType",
    "MessagesToolRemovalBlockToolToolReference",
    "MessagesToolRemovalBlockToolToolReferenceType",
    "MessagesToolRemovalBlockType",
    "MetadataLevel",
    "Model",
    "ModelAliasTarget",
    "ModelArchitecture",
    "ModelBenchmarks",
    "ModelLinks",
    "ModelReasoning",
    "ModelResponse",
    "ModelsCountResponse",
    "ModelsCountResponseData",
    "ModelsListResponse",
    "ModelsListResponseLinks",
    "ModerationPlugin",
    "ModerationPluginId",
    "MultimodalMedia",
    "NamespaceFunctionTool",
    "NamespaceFunctionToolOutputSchemaType0",
    "NamespaceFunctionToolParametersType0",
    "NamespaceFunctionToolType",
    "NamespaceTool",
    "NamespaceToolType",
    "NotFoundResponse",
    "NotFoundResponseErrorData",
    "NotFoundResponseErrorDataMetadataType0",
    "ObservabilityArizeDestination",
    "ObservabilityArizeDestinationConfig",
    "ObservabilityArizeDestinationConfigHeaders",
    "ObservabilityArizeDestinationType",
    "ObservabilityBraintrustDestination",
    "ObservabilityBraintrustDestinationConfig",
    "ObservabilityBraintrustDestinationConfigHeaders",
    "ObservabilityBraintrustDestinationType",
    "ObservabilityClickhouseDestination",
    "ObservabilityClickhouseDestinationConfig",
    "ObservabilityClickhouseDestinationConfigHeaders",
    "ObservabilityClickhouseDestinationType",
    "ObservabilityDatadogDestination",
    "ObservabilityDatadogDestinationConfig",
    "ObservabilityDatadogDestinationConfigHeaders",
    "ObservabilityDatadogDestinationType",
    "ObservabilityFilterRuleGroup",
    "ObservabilityFilterRuleGroupRulesItem",
    "ObservabilityFilterRulesConfig",
    "ObservabilityFilterRulesConfigNullable",
    "ObservabilityGrafanaDestination",
    "ObservabilityGrafanaDestinationConfig",
    "ObservabilityGrafanaDestinationConfigHeaders",
    "ObservabilityGrafanaDestinationType",
    "ObservabilityLangfuseDestination",
    "ObservabilityLangfuseDestinationConfig",
    "ObservabilityLangfuseDestinationConfigHeaders",
    "ObservabilityLangfuseDestinationType",
    "ObservabilityLangsmithDestination",
    "ObservabilityLangsmithDestinationConfig",
    "ObservabilityLangsmithDestinationConfigHeaders",
    "ObservabilityLangsmithDestinationType",
    "ObservabilityNewrelicDestination",
    "ObservabilityNewrelicDestinationConfig",
    "ObservabilityNewrelicDestinationConfigHeaders",
    "ObservabilityNewrelicDestinationType",
    "ObservabilityOpikDestination",
    "ObservabilityOpikDestinationConfig",
    "ObservabilityOpikDestinationConfigHeaders",
    "ObservabilityOpikDestinationType",
    "ObservabilityOtelCollectorDestination",
    "ObservabilityOtelCollectorDestinationConfig",
    "ObservabilityOtelCollectorDestinationConfigHeaders",
    "ObservabilityOtelCollectorDestinationType",
    "ObservabilityPosthogDestination",
    "ObservabilityPosthogDestinationConfig",
    "ObservabilityPosthogDestinationConfigHeaders",
    "ObservabilityPosthogDestinationType",
    "ObservabilityRampDestination",
    "ObservabilityRampDestinationConfig",
    "ObservabilityRampDestinationConfigHeaders",
    "ObservabilityRampDestinationType",
    "ObservabilityS3Destination",
    "ObservabilityS3DestinationConfig",
    "ObservabilityS3DestinationConfigHeaders",
    "ObservabilityS3DestinationType",
    "ObservabilitySentryDestination",
    "ObservabilitySentryDestinationConfig",
    "ObservabilitySentryDestinationConfigHeaders",
    "ObservabilitySentryDestinationType",
    "ObservabilitySnowflakeDestination",
    "ObservabilitySnowflakeDestinationConfig",
    "ObservabilitySnowflakeDestinationConfigHeaders",
    "ObservabilitySnowflakeDestinationType",
    "ObservabilityWeaveDestination",
    "ObservabilityWeaveDestinationConfig",
    "ObservabilityWeaveDestinationConfigHeaders",
    "ObservabilityWeaveDestinationType",
    "ObservabilityWebhookDestination",
    "ObservabilityWebhookDestinationConfig",
    "ObservabilityWebhookDestinationConfigHeaders",
    "ObservabilityWebhookDestinationType",
    "OpenAIFile",
    "OpenAIFileDeleted",
    "OpenAIFileDeletedObject",
    "OpenAIFileDeletedShape",
    "OpenAIFileList",
    "OpenAIFileListObject",
    "OpenAIFileListShape",
    "OpenAIFileObject",
    "OpenAIFileShape",
    "OpenAIFileStatus",
    "OpenAIResponseCustomToolCall",
    "OpenAIResponseCustomToolCallOutput",
    "OpenAIResponseCustomToolCallOutputType",
    "OpenAIResponseCustomToolCallType",
    "OpenAIResponseFunctionToolCall",
    "OpenAIResponseFunctionToolCallOutput",
    "OpenAIResponseFunctionToolCallOutputType",
    "OpenAIResponseFunctionToolCallSubagentItemsItem",
    "OpenAIResponseFunctionToolCallType",
    "OpenAIResponseInputMessageItem",
    "OpenAIResponseInputMessageItemRoleType0",
    "OpenAIResponseInputMessageItemRoleType1",
    "OpenAIResponseInputMessageItemRoleType2",
    "OpenAIResponseInputMessageItemType",
    "OpenAIResponsesCodeInterpreterCallCodeDelta",
    "OpenAIResponsesCodeInterpreterCallCodeDeltaType",
    "OpenAIResponsesCodeInterpreterCallCodeDone",
    "OpenAIResponsesCodeInterpreterCallCodeDoneType",
    "OpenAIResponsesCodeInterpreterCallCompleted",
    "OpenAIResponsesCodeInterpreterCallCompletedType",
    "OpenAIResponsesCodeInterpreterCallInProgress",
    "OpenAIResponsesCodeInterpreterCallInProgressType",
    "OpenAIResponsesCodeInterpreterCallInterpreting",
    "OpenAIResponsesCodeInterpreterCallInterpretingType",
    "OpenAIResponsesImageGenCallCompleted",
    "OpenAIResponsesImageGenCallCompletedType",
    "OpenAIResponsesImageGenCallGenerating",
    "OpenAIResponsesImageGenCallGeneratingType",
    "OpenAIResponsesImageGenCallInProgress",
    "OpenAIResponsesImageGenCallInProgressType",
    "OpenAIResponsesImageGenCallPartialImage",
    "OpenAIResponsesImageGenCallPartialImageType",
    "OpenAIResponsesRefusalContent",
    "OpenAIResponsesRefusalContentType",
    "OpenAIResponsesSearchCompleted",
    "OpenAIResponsesSearchCompletedType",
    "OpenAIResponsesToolChoiceApplyPatch",
    "OpenAIResponsesToolChoiceApplyPatchType",
    "OpenAIResponsesToolChoiceFunction",
    "OpenAIResponsesToolChoiceFunctionType",
    "OpenAIResponsesToolChoiceShell",
    "OpenAIResponsesToolChoiceShellType",
    "OpenAIResponsesToolChoiceType0",
    "OpenAIResponsesToolChoiceType1",
    "OpenAIResponsesToolChoiceType2",
    "OpenAIResponsesToolChoiceVariant4",
    "OpenAIResponsesToolChoiceVariant4TypeType0",
    "OpenAIResponsesToolChoiceVariant4TypeType1",
    "OpenAIResponsesTruncation",
    "OpenAIResponsesUsage",
    "OpenAIResponsesUsageInputTokensDetails",
    "OpenAIResponsesUsageOutputTokensDetails",
    "OpenAIResponsesWebSearchCallInProgress",
    "OpenAIResponsesWebSearchCallInProgressType",
    "OpenAIResponsesWebSearchCallSearching",
    "OpenAIResponsesWebSearchCallSearchingType",
    "OpenResponsesCreatedEvent",
    "OpenResponsesCreatedEventType",
    "OpenResponsesInProgressEvent",
    "OpenResponsesInProgressEventType",
    "OpenResponsesLogProbs",
    "OpenResponsesResult",
    "OpenResponsesResultObject",
    "OpenResponsesResultToolsItemFunction",
    "OpenResponsesTopLogprobs",
    "OpenRouterFile",
    "OpenRouterFileDeleted",
    "OpenRouterFileDeletedShape",
    "OpenRouterFileDeletedType",
    "OpenRouterFileList",
    "OpenRouterFileListShape",
    "OpenRouterFileShape",
    "OpenRouterFileType",
    "OpenRouterMetadata",
    "OpenRouterWebSearchServerTool",
    "OpenRouterWebSearchServerToolType",
    "ORAnthropicBashToolResult",
    "ORAnthropicBashToolResultContent",
    "ORAnthropicBashToolResultType",
    "ORAnthropicServerToolUseBlock",
    "ORAnthropicServerToolUseBlockType",
    "ORAnthropicShellToolResult",
    "ORAnthropicShellToolResultContent",
    "ORAnthropicShellToolResultType",
    "OutputAdvisorServerToolItem",
    "OutputAdvisorServerToolItemType",
    "OutputApplyPatchCallItem",
    "OutputApplyPatchCallItemType",
    "OutputApplyPatchServerToolItem",
    "OutputApplyPatchServerToolItemType",
    "OutputBashServerToolItem",
    "OutputBashServerToolItemType",
    "OutputBrowserUseServerToolItem",
    "OutputBrowserUseServerToolItemType",
    "OutputCodeInterpreterCallItem",
    "OutputCodeInterpreterServerToolItem",
    "OutputCodeInterpreterServerToolItemType",
    "OutputComputerCallItem",
    "OutputComputerCallItemPendingSafetyChecksItem",
    "OutputComputerCallItemType",
    "OutputCustomToolCallItem",
    "OutputCustomToolCallItemType",
    "OutputDatetimeItem",
    "OutputDatetimeItemType",
    "OutputFileSearchCallItem",
    "OutputFileSearchServerToolItem",
    "OutputFileSearchServerToolItemType",
    "OutputFilesServerToolItem",
    "OutputFilesServerToolItemType",
    "OutputFunctionCallItem",
    "OutputFunctionCallItemSubagentItemsItem",
    "OutputFusionServerToolItem",
    "OutputFusionServerToolItemFailedModelsItem",
    "OutputFusionServerToolItemResponsesItem",
    "OutputFusionServerToolItemType",
    "OutputImageGenerationCallItem",
    "OutputImageGenerationServerToolItem",
    "OutputImageGenerationServerToolItemType",
    "OutputItemAddedEvent",
    "OutputItemAddedEventType",
    "OutputItemApplyPatchCall",
    "OutputItemApplyPatchCallStatus",
    "OutputItemApplyPatchCallType",
    "OutputItemCodeInterpreterCall",
    "OutputItemCodeInterpreterCallType",
    "OutputItemCustomToolCall",
    "OutputItemCustomToolCallType",
    "OutputItemDoneEvent",
    "OutputItemDoneEventType",
    "OutputItemFileSearchCall",
    "OutputItemFileSearchCallType",
    "OutputItemFunctionCall",
    "OutputItemFunctionCallStatusType0",
    "OutputItemFunctionCallStatusType1",
    "OutputItemFunctionCallStatusType2",
    "OutputItemFunctionCallType",
    "OutputItemImageGenerationCall",
    "OutputItemImageGenerationCallType",
    "OutputItemReasoning",
    "OutputItemReasoningStatusType0",
    "OutputItemReasoningStatusType1",
    "OutputItemReasoningStatusType2",
    "OutputItemReasoningType",
    "OutputItemWebSearchCall",
    "OutputItemWebSearchCallActionFindInPage",
    "OutputItemWebSearchCallActionFindInPageType",
    "OutputItemWebSearchCallActionOpenPage",
    "OutputItemWebSearchCallActionOpenPageType",
    "OutputItemWebSearchCallActionSearch",
    "OutputItemWebSearchCallActionSearchType",
    "OutputItemWebSearchCallType",
    "OutputMcpServerToolItem",
    "OutputMcpServerToolItemType",
    "OutputMemoryServerToolItem",
    "OutputMemoryServerToolItemType",
    "OutputMessage",
    "OutputMessageItem",
    "OutputMessagePhaseType0",
    "OutputMessagePhaseType1",
    "OutputMessageRole",
    "OutputMessageStatusType0",
    "OutputMessageStatusType1",
    "OutputMessageStatusType2",
    "OutputMessageType",
    "OutputModalityEnum",
    "OutputReasoningItem",
    "OutputReasoningItemStatusType0",
    "OutputReasoningItemStatusType1",
    "OutputReasoningItemStatusType2",
    "OutputReasoningItemType",
    "OutputSearchModelsServerToolItem",
    "OutputSearchModelsServerToolItemType",
    "OutputShellCallItem",
    "OutputShellCallItemAction",
    "OutputShellCallItemType",
    "OutputShellCallOutputItem",
    "OutputShellCallOutputItemType",
    "OutputShellServerToolItem",
    "OutputShellServerToolItemAction",
    "OutputShellServerToolItemType",
    "OutputSubagentServerToolItem",
    "OutputSubagentServerToolItemType",
    "OutputTextEditorServerToolItem",
    "OutputTextEditorServerToolItemType",
    "OutputToolSearchServerToolItem",
    "OutputToolSearchServerToolItemType",
    "OutputWebFetchServerToolItem",
    "OutputWebFetchServerToolItemType",
    "OutputWebSearchCallItem",
    "OutputWebSearchServerToolItem",
    "OutputWebSearchServerToolItemAction",
    "OutputWebSearchServerToolItemActionSourcesItem",
    "OutputWebSearchServerToolItemActionSourcesItemType",
    "OutputWebSearchServerToolItemActionType",
    "OutputWebSearchServerToolItemType",
    "ParetoRouterPlugin",
    "ParetoRouterPluginId",
    "ParetoRouterPluginPriceSource",
    "PayloadTooLargeResponse",
    "PayloadTooLargeResponseErrorData",
    "PayloadTooLargeResponseErrorDataMetadataType0",
    "PaymentRequiredResponse",
    "PaymentRequiredResponseErrorData",
    "PaymentRequiredResponseErrorDataMetadataType0",
    "PDFParserEngineType0",
    "PDFParserEngineType1",
    "PDFParserOptions",
    "PercentileLatencyCutoffs",
    "PercentileStats",
    "PercentileThroughputCutoffs",
    "PerRequestLimits",
    "PipelineStage",
    "PipelineStageData",
    "Prediction",
    "PredictionContentText",
    "PredictionContentTextType",
    "PredictionType",
    "Preset",
    "PresetDesignatedVersion",
    "PresetDesignatedVersionConfig",
    "PresetWithDesignatedVersion",
    "Preview20250311WebSearchServerTool",
    "Preview20250311WebSearchServerToolType",
    "PreviewWebSearchServerTool",
    "PreviewWebSearchServerToolType",
    "PreviewWebSearchUserLocation",
    "PreviewWebSearchUserLocationType",
    "PricingOverride",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointMode",
    "PromptCacheOptions",
    "PromptCacheOptionsMode",
    "ProviderOptions",
    "ProviderOptions01Ai",
    "ProviderOptionsAi21",
    "ProviderOptionsAionLabs",
    "ProviderOptionsAkashml",
    "ProviderOptionsAlibaba",
    "ProviderOptionsAmazonBedrock",
    "ProviderOptionsAmazonBedrockclaudeOnAws",
    "ProviderOptionsAmazonNova",
    "ProviderOptionsAmbient",
    "ProviderOptionsAnthropic",
    "ProviderOptionsAnthropic2",
    "ProviderOptionsAnyscale",
    "ProviderOptionsArceeAi",
    "ProviderOptionsAtlasCloud",
    "ProviderOptionsAtoma",
    "ProviderOptionsAvian",
    "ProviderOptionsAzure",
    "ProviderOptionsBaidu",
    "ProviderOptionsBaseten",
    "ProviderOptionsBlackForestLabs",
    "ProviderOptionsByteplus",
    "ProviderOptionsCentml",
    "ProviderOptionsCerebras",
    "ProviderOptionsChutes",
    "ProviderOptionsCirrascale",
    "ProviderOptionsClarifai",
    "ProviderOptionsClaudeOnAws",
    "ProviderOptionsCloudflare",
    "ProviderOptionsCohere",
    "ProviderOptionsCoreweave",
    "ProviderOptionsCrofai",
    "ProviderOptionsCrucible",
    "ProviderOptionsCrusoe",
    "ProviderOptionsDarkbloom",
    "ProviderOptionsDatabricks",
    "ProviderOptionsDecart",
    "ProviderOptionsDeepgram",
    "ProviderOptionsDeepinfra",
    "ProviderOptionsDeepseek",
    "ProviderOptionsDekallm",
    "ProviderOptionsDigitalocean",
    "ProviderOptionsEnfer",
    "ProviderOptionsFakeProvider",
    "ProviderOptionsFeatherless",
    "ProviderOptionsFireworks",
    "ProviderOptionsFishAudio",
    "ProviderOptionsFriendli",
    "ProviderOptionsGmicloud",
    "ProviderOptionsGoogleAiStudio",
    "ProviderOptionsGoogleVertex",
    "ProviderOptionsGopomelo",
    "ProviderOptionsGroq",
    "ProviderOptionsHeygen",
    "ProviderOptionsHuggingface",
    "ProviderOptionsHyperbolic",
    "ProviderOptionsHyperbolicQuantized",
    "ProviderOptionsInception",
    "ProviderOptionsInceptron",
    "ProviderOptionsInferactVllm",
    "ProviderOptionsInferenceNet",
    "ProviderOptionsInfermatic",
    "ProviderOptionsInflection",
    "ProviderOptionsInocloud",
    "ProviderOptionsIoNet",
    "ProviderOptionsIonstream",
    "ProviderOptionsKlusterai",
    "ProviderOptionsKrea",
    "ProviderOptionsLambda",
    "ProviderOptionsLepton",
    "ProviderOptionsLiquid",
    "ProviderOptionsLynn",
    "ProviderOptionsLynnPrivate",
    "ProviderOptionsMakora",
    "ProviderOptionsMancer",
    "ProviderOptionsMancerOld",
    "ProviderOptionsMara",
    "ProviderOptionsMeta",
    "ProviderOptionsMinimax",
    "ProviderOptionsMistral",
    "ProviderOptionsModal",
    "ProviderOptionsModelrun",
    "ProviderOptionsModular",
    "ProviderOptionsMoonshotai",
    "ProviderOptionsMorph",
    "ProviderOptionsNcompass",
    "ProviderOptionsNebius",
    "ProviderOptionsNexAgi",
    "ProviderOptionsNextbit",
    "ProviderOptionsNineteen",
    "ProviderOptionsNovita",
    "ProviderOptionsNvidia",
    "ProviderOptionsOctoai",
    "ProviderOptionsOpenai",
    "ProviderOptionsOpenInference",
    "ProviderOptionsParasail",
    "ProviderOptionsPerceptron",
    "ProviderOptionsPerplexity",
    "ProviderOptionsPhala",
    "ProviderOptionsPoolside",
    "ProviderOptionsQuiver",
    "ProviderOptionsRecraft",
    "ProviderOptionsRecursal",
    "ProviderOptionsReflection",
    "ProviderOptionsReka",
    "ProviderOptionsRelace",
    "ProviderOptionsReplicate",
    "ProviderOptionsRunway",
    "ProviderOptionsSailResearch",
    "ProviderOptionsSakana",
    "ProviderOptionsSakanaAi",
    "ProviderOptionsSambanova",
    "ProviderOptionsSambanovaCloaked",
    "ProviderOptionsSeed",
    "ProviderOptionsSfCompute",
    "ProviderOptionsSiliconflow",
    "ProviderOptionsSourceful",
    "ProviderOptionsStealth",
    "ProviderOptionsStepfun",
    "ProviderOptionsStreamlake",
    "ProviderOptionsSwitchpoint",
    "ProviderOptionsTargon",
    "ProviderOptionsTencent",
    "ProviderOptionsTenstorrent",
    "ProviderOptionsThinkingmachines",
    "ProviderOptionsTogether",
    "ProviderOptionsTogetherLite",
    "ProviderOptionsUbicloud",
    "ProviderOptionsUpstage",
    "ProviderOptionsVenice",
    "ProviderOptionsVoyageai",
    "ProviderOptionsWafer",
    "ProviderOptionsWandb",
    "ProviderOptionsWandbLegacy",
    "ProviderOptionsXai",
    "ProviderOptionsXiaomi",
    "ProviderOptionsZAi",
    "ProviderOverloadedResponse",
    "ProviderOverloadedResponseErrorData",
    "ProviderOverloadedResponseErrorDataMetadataType0",
    "ProviderPreferences",
    "ProviderPreferencesDataCollectionType1",
    "ProviderPreferencesDataCollectionType2Type1",
    "ProviderPreferencesDataCollectionType3Type1",
    "ProviderPreferencesMaxPrice",
    "ProviderResponse",
    "ProviderSort",
    "ProviderSortConfig",
    "ProviderSortConfigByType1",
    "ProviderSortConfigByType2Type1",
    "ProviderSortConfigByType3Type1",
    "ProviderSortConfigPartitionType1",
    "ProviderSortConfigPartitionType2Type1",
    "ProviderSortConfigPartitionType3Type1",
    "PublicEndpoint",
    "PublicEndpointPricing",
    "PublicPricing",
    "QueryAnalyticsRequest",
    "QueryAnalyticsRequestClassifierDimensions",
    "QueryAnalyticsRequestClassifierFilters",
    "QueryAnalyticsRequestClassifierFiltersFiltersItem",
    "QueryAnalyticsRequestFiltersItem",
    "QueryAnalyticsRequestOrderBy",
    "QueryAnalyticsRequestOrderByDirection",
    "QueryAnalyticsRequestTimeRange",
    "QueryAnalyticsResponse",
    "QueryAnalyticsResponseData",
    "QueryAnalyticsResponseDataDataItem",
    "QueryAnalyticsResponseDataMetadata",
    "RangeCapability",
    "RangeCapabilityType",
    "RankingsDailyItem",
    "RankingsDailyMeta",
    "RankingsDailyMetaVersion",
    "RankingsDailyResponse",
    "ReasoningConfig",
    "ReasoningDeltaEvent",
    "ReasoningDetailEncrypted",
    "ReasoningDetailEncryptedType",
    "ReasoningDetailOther",
    "ReasoningDetailServerToolCall",
    "ReasoningDetailServerToolCallType",
    "ReasoningDetailSummary",
    "ReasoningDetailSummaryType",
    "ReasoningDetailText",
    "ReasoningDetailTextType",
    "ReasoningDoneEvent",
    "ReasoningItem",
    "ReasoningItemStatusType0",
    "ReasoningItemStatusType1",
    "ReasoningItemStatusType2",
    "ReasoningItemType",
    "ReasoningSummaryPartAddedEvent",
    "ReasoningSummaryPartDoneEvent",
    "ReasoningSummaryText",
    "ReasoningSummaryTextDeltaEvent",
    "ReasoningSummaryTextDoneEvent",
    "ReasoningSummaryTextType",
    "ReasoningTextContent",
    "ReasoningTextContentType",
    "RefusalDeltaEvent",
    "RefusalDoneEvent",
    "RequestMetadata",
    "RequestTimeoutResponse",
    "RequestTimeoutResponseErrorData",
    "RequestTimeoutResponseErrorDataMetadataType0",
    "ResponseHealingPlugin",
    "ResponseHealingPluginId",
    "ResponseIncludesEnum",
    "ResponseOutputText",
    "ResponseOutputTextLogprobsItem",
    "ResponseOutputTextLogprobsItemTopLogprobsItem",
    "ResponseOutputTextType",
    "ResponsesErrorField",
    "ResponsesRequest",
    "ResponsesRequestServiceTierType1",
    "ResponsesRequestServiceTierType2Type1",
    "ResponsesRequestServiceTierType3Type1",
    "ResponsesRequestToolsItemFunction",
    "ResponsesStreamingResponse",
    "RouterAttempt",
    "RouterParams",
    "ScimGroup",
    "ScimGroupMapping",
    "SearchModelsServerToolConfig",
    "SearchModelsServerToolOpenRouter",
    "SearchModelsServerToolOpenRouterType",
    "SearchQualityLevel",
    "ServerToolUseDetails",
    "ServiceTier",
    "ServiceUnavailableResponse",
    "ServiceUnavailableResponseErrorData",
    "ServiceUnavailableResponseErrorDataMetadataType0",
    "SessionCostItem",
    "SessionCostMeta",
    "SessionCostMetaVersion",
    "SessionCostResponse",
    "ShellCallItem",
    "ShellCallItemAction",
    "ShellCallItemType",
    "ShellCallOutputContent",
    "ShellCallOutputContentOutcomeExit",
    "ShellCallOutputContentOutcomeExitType",
    "ShellCallOutputContentOutcomeTimeout",
    "ShellCallOutputContentOutcomeTimeoutType",
    "ShellCallOutputItem",
    "ShellCallOutputItemType",
    "ShellServerTool",
    "ShellServerToolConfig",
    "ShellServerToolEngine",
    "ShellServerToolOpenRouter",
    "ShellServerToolOpenRouterType",
    "ShellServerToolType",
    "SpeechInputReferenceAudio",
    "SpeechInputReferenceAudioInput",
    "SpeechInputReferenceAudioType",
    "SpeechInputReferenceText",
    "SpeechInputReferenceTextType",
    "SpeechRequest",
    "SpeechRequestProvider",
    "SpeechRequestResponseFormat",
    "StopServerToolsWhenFinishReasonIs",
    "StopServerToolsWhenFinishReasonIsType",
    "StopServerToolsWhenHasToolCall",
    "StopServerToolsWhenHasToolCallType",
    "StopServerToolsWhenMaxCost",
    "StopServerToolsWhenMaxCostType",
    "StopServerToolsWhenMaxTokensUsed",
    "StopServerToolsWhenMaxTokensUsedType",
    "StopServerToolsWhenStepCountIs",
    "StopServerToolsWhenStepCountIsType",
    "StoredPromptTemplate",
    "StoredPromptTemplateVariablesType0",
    "StreamEventsResponseCompleted",
    "StreamEventsResponseCompletedType",
    "StreamEventsResponseFailed",
    "StreamEventsResponseFailedType",
    "StreamEventsResponseIncomplete",
    "StreamEventsResponseIncompleteType",
    "StreamEventsResponseOutputItemAdded",
    "StreamEventsResponseOutputItemAddedType",
    "StreamEventsResponseOutputItemDone",
    "StreamEventsResponseOutputItemDoneType",
    "StreamLogprob",
    "StreamLogprobTopLogprob",
    "STTInputAudio",
    "STTRequest",
    "STTRequestProvider",
    "STTRequestResponseFormat",
    "STTResponse",
    "STTSegment",
    "STTTimestampGranularity",
    "STTUsage",
    "STTWord",
    "SubagentNestedTool",
    "SubagentNestedToolParameters",
    "SubagentReasoning",
    "SubagentReasoningEffort",
    "SubagentServerToolConfig",
    "SubagentServerToolOpenRouter",
    "SubagentServerToolOpenRouterType",
    "SubmitGenerationFeedbackRequest",
    "SubmitGenerationFeedbackRequestCategory",
    "SubmitGenerationFeedbackResponse",
    "SubmitGenerationFeedbackResponseData",
    "SupportedParameters",
    "TaskClassificationItem",
    "TaskClassificationMacroCategory",
    "TaskClassificationModel",
    "TaskClassificationResponse",
    "TaskClassificationResponseData",
    "TextConfig",
    "TextConfigVerbosityType1",
    "TextConfigVerbosityType2Type1",
    "TextConfigVerbosityType3Type1",
    "TextDeltaEvent",
    "TextDeltaEventType",
    "TextDoneEvent",
    "TextDoneEventType",
    "TextExtendedConfig",
    "ToolChoiceAllowed",
    "ToolChoiceAllowedModeType0",
    "ToolChoiceAllowedModeType1",
    "ToolChoiceAllowedToolsItem",
    "ToolChoiceAllowedType",
    "ToolSearchServerTool",
    "ToolSearchServerToolConfig",
    "ToolSearchServerToolType",
    "TooManyRequestsResponse",
    "TooManyRequestsResponseErrorData",
    "TooManyRequestsResponseErrorDataMetadataType0",
    "TopProviderInfo",
    "TraceConfig",
    "UnauthorizedResponse",
    "UnauthorizedResponseErrorData",
    "UnauthorizedResponseErrorDataMetadataType0",
    "UnifiedBenchmarkPricing",
    "UnifiedBenchmarksAAItem",
    "UnifiedBenchmarksAAItemSource",
    "UnifiedBenchmarksDAItem",
    "UnifiedBenchmarksDAItemSource",
    "UnifiedBenchmarksDAItemTournamentStats",
    "UnifiedBenchmarksMeta",
    "UnifiedBenchmarksMetaVersion",
    "UnifiedBenchmarksORItem",
    "UnifiedBenchmarksORItemSource",
    "UnifiedBenchmarksResponse",
    "UnifiedBenchmarksSearchItem",
    "UnifiedBenchmarksSearchItemSource",
    "UnifiedBenchmarksSearchRunConfig",
    "UnprocessableEntityResponse",
    "UnprocessableEntityResponseErrorData",
    "UnprocessableEntityResponseErrorDataMetadataType0",
    "UpdateBYOKKeyRequest",
    "UpdateBYOKKeyResponse",
    "UpdateGuardrailRequest",
    "UpdateGuardrailResponse",
    "UpdateKeysRequest",
    "UpdateKeysRequestLimitResetType1",
    "UpdateKeysRequestLimitResetType2Type1",
    "UpdateKeysRequestLimitResetType3Type1",
    "UpdateKeysResponse",
    "UpdateKeysResponseData",
    "UpdateObservabilityDestinationRequest",
    "UpdateObservabilityDestinationRequestConfig",
    "UpdateObservabilityDestinationResponse",
    "UpdateScimGroupMappingRequest",
    "UpdateScimGroupMappingRequestRole",
    "UpdateScimGroupMappingResponse",
    "UpdateWorkspaceRequest",
    "UpdateWorkspaceResponse",
    "UploadFileRequest",
    "UpsertWorkspaceBudgetRequest",
    "UpsertWorkspaceBudgetResponse",
    "URLCitation",
    "URLCitationType",
    "Usage",
    "UsageCostDetails",
    "VideoGenerationRequest",
    "VideoGenerationRequestAspectRatio",
    "VideoGenerationRequestProvider",
    "VideoGenerationRequestResolution",
    "VideoGenerationResponse",
    "VideoGenerationUsage",
    "VideoModel",
    "VideoModelPricingSkusType0",
    "VideoModelsListResponse",
    "VideoModelUpscaleFactorType0",
    "WebFetchEngineEnum",
    "WebFetchPlugin",
    "WebFetchPluginId",
    "WebFetchServerTool",
    "WebFetchServerToolConfig",
    "WebFetchServerToolType",
    "WebSearchCallCompletedEvent",
    "WebSearchCallInProgressEvent",
    "WebSearchCallSearchingEvent",
    "WebSearchConfig",
    "WebSearchDomainFilter",
    "WebSearchEngine",
    "WebSearchPlugin",
    "WebSearchPluginId",
    "WebSearchPluginUserLocation",
    "WebSearchServerTool",
    "WebSearchServerToolConfig",
    "WebSearchServerToolOpenRouter",
    "WebSearchServerToolOpenRouterType",
    "WebSearchServerToolType",
    "WebSearchSource",
    "WebSearchSourceType",
    "WebSearchUserLocation",
    "WebSearchUserLocationServerTool",
    "WebSearchUserLocationServerToolType",
    "WebSearchUserLocationType",
    "Workspace",
    "WorkspaceBudget",
    "WorkspaceBudgetInterval",
    "WorkspaceMember",
)
