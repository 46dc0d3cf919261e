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
from ..models.open_ai_responses_tool_choice_type_0 import (
    OpenAIResponsesToolChoiceType0,
    check_open_ai_responses_tool_choice_type_0,
)
from ..models.open_ai_responses_tool_choice_type_1 import (
    OpenAIResponsesToolChoiceType1,
    check_open_ai_responses_tool_choice_type_1,
)
from ..models.open_ai_responses_tool_choice_type_2 import (
    OpenAIResponsesToolChoiceType2,
    check_open_ai_responses_tool_choice_type_2,
)
from ..models.open_ai_responses_truncation import (
    OpenAIResponsesTruncation,
    check_open_ai_responses_truncation,
)
from ..models.output_modality_enum import OutputModalityEnum, check_output_modality_enum
from ..models.response_includes_enum import (
    ResponseIncludesEnum,
    check_response_includes_enum,
)
from ..models.responses_request_service_tier_type_1 import (
    ResponsesRequestServiceTierType1,
    check_responses_request_service_tier_type_1,
)
from ..models.responses_request_service_tier_type_2_type_1 import (
    ResponsesRequestServiceTierType2Type1,
    check_responses_request_service_tier_type_2_type_1,
)
from ..models.responses_request_service_tier_type_3_type_1 import (
    ResponsesRequestServiceTierType3Type1,
    check_responses_request_service_tier_type_3_type_1,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.additional_tools_item import AdditionalToolsItem
    from ..models.advisor_server_tool_open_router import AdvisorServerToolOpenRouter
    from ..models.agent_message_item import AgentMessageItem
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.apply_patch_server_tool_open_router import (
        ApplyPatchServerToolOpenRouter,
    )
    from ..models.auto_beta_router_plugin import AutoBetaRouterPlugin
    from ..models.auto_router_plugin import AutoRouterPlugin
    from ..models.bash_server_tool import BashServerTool
    from ..models.chat_debug_options import ChatDebugOptions
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.compaction_item import CompactionItem
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.context_compaction_item import ContextCompactionItem
    from ..models.context_compression_plugin import ContextCompressionPlugin
    from ..models.custom_tool import CustomTool
    from ..models.custom_tool_call_item import CustomToolCallItem
    from ..models.custom_tool_call_output_item import CustomToolCallOutputItem
    from ..models.datetime_server_tool import DatetimeServerTool
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_parser_plugin import FileParserPlugin
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.files_server_tool import FilesServerTool
    from ..models.function_call_item import FunctionCallItem
    from ..models.function_call_output_item import FunctionCallOutputItem
    from ..models.fusion_plugin import FusionPlugin
    from ..models.fusion_server_tool_open_router import FusionServerToolOpenRouter
    from ..models.image_config import ImageConfig
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.image_generation_server_tool_open_router import (
        ImageGenerationServerToolOpenRouter,
    )
    from ..models.input_message_item import InputMessageItem
    from ..models.inputs_item_message import InputsItemMessage
    from ..models.inputs_item_reasoning import InputsItemReasoning
    from ..models.item_reference_item import ItemReferenceItem
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.local_shell_call_item import LocalShellCallItem
    from ..models.local_shell_call_output_item import LocalShellCallOutputItem
    from ..models.mcp_approval_request_item import McpApprovalRequestItem
    from ..models.mcp_approval_response_item import McpApprovalResponseItem
    from ..models.mcp_call_item import McpCallItem
    from ..models.mcp_list_tools_item import McpListToolsItem
    from ..models.mcp_server_tool import McpServerTool
    from ..models.moderation_plugin import ModerationPlugin
    from ..models.namespace_tool import NamespaceTool
    from ..models.open_ai_responses_tool_choice_apply_patch import (
        OpenAIResponsesToolChoiceApplyPatch,
    )
    from ..models.open_ai_responses_tool_choice_function import (
        OpenAIResponsesToolChoiceFunction,
    )
    from ..models.open_ai_responses_tool_choice_shell import (
        OpenAIResponsesToolChoiceShell,
    )
    from ..models.open_ai_responses_tool_choice_variant_4 import (
        OpenAIResponsesToolChoiceVariant4,
    )
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ..models.output_apply_patch_server_tool_item import (
        OutputApplyPatchServerToolItem,
    )
    from ..models.output_bash_server_tool_item import OutputBashServerToolItem
    from ..models.output_browser_use_server_tool_item import (
        OutputBrowserUseServerToolItem,
    )
    from ..models.output_code_interpreter_call_item import OutputCodeInterpreterCallItem
    from ..models.output_code_interpreter_server_tool_item import (
        OutputCodeInterpreterServerToolItem,
    )
    from ..models.output_computer_call_item import OutputComputerCallItem
    from ..models.output_custom_tool_call_item import OutputCustomToolCallItem
    from ..models.output_datetime_item import OutputDatetimeItem
    from ..models.output_file_search_call_item import OutputFileSearchCallItem
    from ..models.output_file_search_server_tool_item import (
        OutputFileSearchServerToolItem,
    )
    from ..models.output_files_server_tool_item import OutputFilesServerToolItem
    from ..models.output_function_call_item import OutputFunctionCallItem
    from ..models.output_fusion_server_tool_item import OutputFusionServerToolItem
    from ..models.output_image_generation_call_item import OutputImageGenerationCallItem
    from ..models.output_image_generation_server_tool_item import (
        OutputImageGenerationServerToolItem,
    )
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_search_models_server_tool_item import (
        OutputSearchModelsServerToolItem,
    )
    from ..models.output_shell_server_tool_item import OutputShellServerToolItem
    from ..models.output_subagent_server_tool_item import OutputSubagentServerToolItem
    from ..models.output_text_editor_server_tool_item import (
        OutputTextEditorServerToolItem,
    )
    from ..models.output_tool_search_server_tool_item import (
        OutputToolSearchServerToolItem,
    )
    from ..models.output_web_fetch_server_tool_item import OutputWebFetchServerToolItem
    from ..models.output_web_search_call_item import OutputWebSearchCallItem
    from ..models.output_web_search_server_tool_item import (
        OutputWebSearchServerToolItem,
    )
    from ..models.pareto_router_plugin import ParetoRouterPlugin
    from ..models.preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.provider_preferences import ProviderPreferences
    from ..models.reasoning_config import ReasoningConfig
    from ..models.reasoning_item import ReasoningItem
    from ..models.request_metadata import RequestMetadata
    from ..models.response_healing_plugin import ResponseHealingPlugin
    from ..models.responses_request_tools_item_function import (
        ResponsesRequestToolsItemFunction,
    )
    from ..models.search_models_server_tool_open_router import (
        SearchModelsServerToolOpenRouter,
    )
    from ..models.shell_call_item import ShellCallItem
    from ..models.shell_call_output_item import ShellCallOutputItem
    from ..models.shell_server_tool import ShellServerTool
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
    from ..models.stored_prompt_template import StoredPromptTemplate
    from ..models.subagent_server_tool_open_router import SubagentServerToolOpenRouter
    from ..models.text_extended_config import TextExtendedConfig
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_search_server_tool import ToolSearchServerTool
    from ..models.trace_config import TraceConfig
    from ..models.web_fetch_plugin import WebFetchPlugin
    from ..models.web_fetch_server_tool import WebFetchServerTool
    from ..models.web_search_plugin import WebSearchPlugin
    from ..models.web_search_server_tool import WebSearchServerTool
    from ..models.web_search_server_tool_open_router import (
        WebSearchServerToolOpenRouter,
    )

_LAZY_IMPORTS = (
    ("..models.additional_tools_item", "AdditionalToolsItem"),
    ("..models.advisor_server_tool_open_router", "AdvisorServerToolOpenRouter"),
    ("..models.agent_message_item", "AgentMessageItem"),
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    ("..models.apply_patch_call_item", "ApplyPatchCallItem"),
    ("..models.apply_patch_call_output_item", "ApplyPatchCallOutputItem"),
    ("..models.apply_patch_server_tool", "ApplyPatchServerTool"),
    ("..models.apply_patch_server_tool_open_router", "ApplyPatchServerToolOpenRouter"),
    ("..models.auto_beta_router_plugin", "AutoBetaRouterPlugin"),
    ("..models.auto_router_plugin", "AutoRouterPlugin"),
    ("..models.bash_server_tool", "BashServerTool"),
    ("..models.chat_debug_options", "ChatDebugOptions"),
    ("..models.code_interpreter_server_tool", "CodeInterpreterServerTool"),
    ("..models.codex_local_shell_tool", "CodexLocalShellTool"),
    ("..models.compaction_item", "CompactionItem"),
    ("..models.computer_use_server_tool", "ComputerUseServerTool"),
    ("..models.context_compaction_item", "ContextCompactionItem"),
    ("..models.context_compression_plugin", "ContextCompressionPlugin"),
    ("..models.custom_tool", "CustomTool"),
    ("..models.custom_tool_call_item", "CustomToolCallItem"),
    ("..models.custom_tool_call_output_item", "CustomToolCallOutputItem"),
    ("..models.datetime_server_tool", "DatetimeServerTool"),
    ("..models.easy_input_message", "EasyInputMessage"),
    ("..models.file_parser_plugin", "FileParserPlugin"),
    ("..models.file_search_server_tool", "FileSearchServerTool"),
    ("..models.files_server_tool", "FilesServerTool"),
    ("..models.function_call_item", "FunctionCallItem"),
    ("..models.function_call_output_item", "FunctionCallOutputItem"),
    ("..models.fusion_plugin", "FusionPlugin"),
    ("..models.fusion_server_tool_open_router", "FusionServerToolOpenRouter"),
    ("..models.image_config", "ImageConfig"),
    ("..models.image_generation_server_tool", "ImageGenerationServerTool"),
    (
        "..models.image_generation_server_tool_open_router",
        "ImageGenerationServerToolOpenRouter",
    ),
    ("..models.input_message_item", "InputMessageItem"),
    ("..models.inputs_item_message", "InputsItemMessage"),
    ("..models.inputs_item_reasoning", "InputsItemReasoning"),
    ("..models.item_reference_item", "ItemReferenceItem"),
    ("..models.legacy_web_search_server_tool", "LegacyWebSearchServerTool"),
    ("..models.local_shell_call_item", "LocalShellCallItem"),
    ("..models.local_shell_call_output_item", "LocalShellCallOutputItem"),
    ("..models.mcp_approval_request_item", "McpApprovalRequestItem"),
    ("..models.mcp_approval_response_item", "McpApprovalResponseItem"),
    ("..models.mcp_call_item", "McpCallItem"),
    ("..models.mcp_list_tools_item", "McpListToolsItem"),
    ("..models.mcp_server_tool", "McpServerTool"),
    ("..models.moderation_plugin", "ModerationPlugin"),
    ("..models.namespace_tool", "NamespaceTool"),
    (
        "..models.open_ai_responses_tool_choice_apply_patch",
        "OpenAIResponsesToolChoiceApplyPatch",
    ),
    (
        "..models.open_ai_responses_tool_choice_function",
        "OpenAIResponsesToolChoiceFunction",
    ),
    ("..models.open_ai_responses_tool_choice_shell", "OpenAIResponsesToolChoiceShell"),
    (
        "..models.open_ai_responses_tool_choice_variant_4",
        "OpenAIResponsesToolChoiceVariant4",
    ),
    ("..models.output_advisor_server_tool_item", "OutputAdvisorServerToolItem"),
    ("..models.output_apply_patch_server_tool_item", "OutputApplyPatchServerToolItem"),
    ("..models.output_bash_server_tool_item", "OutputBashServerToolItem"),
    ("..models.output_browser_use_server_tool_item", "OutputBrowserUseServerToolItem"),
    ("..models.output_code_interpreter_call_item", "OutputCodeInterpreterCallItem"),
    (
        "..models.output_code_interpreter_server_tool_item",
        "OutputCodeInterpreterServerToolItem",
    ),
    ("..models.output_computer_call_item", "OutputComputerCallItem"),
    ("..models.output_custom_tool_call_item", "OutputCustomToolCallItem"),
    ("..models.output_datetime_item", "OutputDatetimeItem"),
    ("..models.output_file_search_call_item", "OutputFileSearchCallItem"),
    ("..models.output_file_search_server_tool_item", "OutputFileSearchServerToolItem"),
    ("..models.output_files_server_tool_item", "OutputFilesServerToolItem"),
    ("..models.output_function_call_item", "OutputFunctionCallItem"),
    ("..models.output_fusion_server_tool_item", "OutputFusionServerToolItem"),
    ("..models.output_image_generation_call_item", "OutputImageGenerationCallItem"),
    (
        "..models.output_image_generation_server_tool_item",
        "OutputImageGenerationServerToolItem",
    ),
    ("..models.output_mcp_server_tool_item", "OutputMcpServerToolItem"),
    ("..models.output_memory_server_tool_item", "OutputMemoryServerToolItem"),
    (
        "..models.output_search_models_server_tool_item",
        "OutputSearchModelsServerToolItem",
    ),
    ("..models.output_shell_server_tool_item", "OutputShellServerToolItem"),
    ("..models.output_subagent_server_tool_item", "OutputSubagentServerToolItem"),
    ("..models.output_text_editor_server_tool_item", "OutputTextEditorServerToolItem"),
    ("..models.output_tool_search_server_tool_item", "OutputToolSearchServerToolItem"),
    ("..models.output_web_fetch_server_tool_item", "OutputWebFetchServerToolItem"),
    ("..models.output_web_search_call_item", "OutputWebSearchCallItem"),
    ("..models.output_web_search_server_tool_item", "OutputWebSearchServerToolItem"),
    ("..models.pareto_router_plugin", "ParetoRouterPlugin"),
    (
        "..models.preview_20250311_web_search_server_tool",
        "Preview20250311WebSearchServerTool",
    ),
    ("..models.preview_web_search_server_tool", "PreviewWebSearchServerTool"),
    ("..models.prompt_cache_options", "PromptCacheOptions"),
    ("..models.provider_preferences", "ProviderPreferences"),
    ("..models.reasoning_config", "ReasoningConfig"),
    ("..models.reasoning_item", "ReasoningItem"),
    ("..models.request_metadata", "RequestMetadata"),
    ("..models.response_healing_plugin", "ResponseHealingPlugin"),
    (
        "..models.responses_request_tools_item_function",
        "ResponsesRequestToolsItemFunction",
    ),
    (
        "..models.search_models_server_tool_open_router",
        "SearchModelsServerToolOpenRouter",
    ),
    ("..models.shell_call_item", "ShellCallItem"),
    ("..models.shell_call_output_item", "ShellCallOutputItem"),
    ("..models.shell_server_tool", "ShellServerTool"),
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
    ("..models.stored_prompt_template", "StoredPromptTemplate"),
    ("..models.subagent_server_tool_open_router", "SubagentServerToolOpenRouter"),
    ("..models.text_extended_config", "TextExtendedConfig"),
    ("..models.tool_choice_allowed", "ToolChoiceAllowed"),
    ("..models.tool_search_server_tool", "ToolSearchServerTool"),
    ("..models.trace_config", "TraceConfig"),
    ("..models.web_fetch_plugin", "WebFetchPlugin"),
    ("..models.web_fetch_server_tool", "WebFetchServerTool"),
    ("..models.web_search_plugin", "WebSearchPlugin"),
    ("..models.web_search_server_tool", "WebSearchServerTool"),
    ("..models.web_search_server_tool_open_router", "WebSearchServerToolOpenRouter"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ResponsesRequest")


@_attrs_define
class ResponsesRequest(APIModel):
    """
    Attributes:
        background (bool | None | Unset):
        cache_control (AnthropicCacheControlDirective | Unset):
        debug (ChatDebugOptions | Unset):
        frequency_penalty (float | None | Unset):
        image_config (ImageConfig | Unset):
        include (list[ResponseIncludesEnum] | None | Unset):
        input (list[AdditionalToolsItem | AgentMessageItem | ApplyPatchCallItem | ApplyPatchCallOutputItem |
            CompactionItem | ContextCompactionItem | CustomToolCallItem | CustomToolCallOutputItem | EasyInputMessage |
            FunctionCallItem | FunctionCallOutputItem | InputMessageItem | InputsItemMessage | InputsItemReasoning |
            ItemReferenceItem | LocalShellCallItem | LocalShellCallOutputItem | McpApprovalRequestItem |
            McpApprovalResponseItem | McpCallItem | McpListToolsItem | OutputAdvisorServerToolItem |
            OutputApplyPatchServerToolItem | OutputBashServerToolItem | OutputBrowserUseServerToolItem |
            OutputCodeInterpreterCallItem | OutputCodeInterpreterServerToolItem | OutputComputerCallItem |
            OutputCustomToolCallItem | OutputDatetimeItem | OutputFileSearchCallItem | OutputFileSearchServerToolItem |
            OutputFilesServerToolItem | OutputFunctionCallItem | OutputFusionServerToolItem | OutputImageGenerationCallItem
            | OutputImageGenerationServerToolItem | OutputMcpServerToolItem | OutputMemoryServerToolItem |
            OutputSearchModelsServerToolItem | OutputShellServerToolItem | OutputSubagentServerToolItem |
            OutputTextEditorServerToolItem | OutputToolSearchServerToolItem | OutputWebFetchServerToolItem |
            OutputWebSearchCallItem | OutputWebSearchServerToolItem | ReasoningItem | ShellCallItem | ShellCallOutputItem] |
            str | Unset):
        instructions (None | str | Unset):
        max_output_tokens (int | None | Unset):
        max_tool_calls (int | None | Unset):
        metadata (None | RequestMetadata | Unset):
        modalities (list[OutputModalityEnum] | Unset):
        model (str | Unset):
        models (list[str] | Unset):
        parallel_tool_calls (bool | None | Unset):
        plugins (list[AutoBetaRouterPlugin | AutoRouterPlugin | ContextCompressionPlugin | FileParserPlugin |
            FusionPlugin | ModerationPlugin | ParetoRouterPlugin | ResponseHealingPlugin | WebFetchPlugin | WebSearchPlugin]
            | Unset):
        presence_penalty (float | None | Unset):
        previous_response_id (None | Unset):
        prompt (None | StoredPromptTemplate | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_options (None | PromptCacheOptions | Unset):
        provider (None | ProviderPreferences | Unset):
        reasoning (None | ReasoningConfig | Unset):
        route (DeprecatedRoute | None | Unset):
        safety_identifier (None | str | Unset):
        service_tier (None | ResponsesRequestServiceTierType1 | ResponsesRequestServiceTierType2Type1 |
            ResponsesRequestServiceTierType3Type1 | Unset):  Default: 'auto'.
        session_id (str | Unset):
        stop_server_tools_when (list[StopServerToolsWhenFinishReasonIs | StopServerToolsWhenHasToolCall |
            StopServerToolsWhenMaxCost | StopServerToolsWhenMaxTokensUsed | StopServerToolsWhenStepCountIs] | Unset):
        store (bool | Unset):  Default: False.
        stream (bool | Unset):  Default: False.
        temperature (float | None | Unset):
        text (TextExtendedConfig | Unset):
        tool_choice (OpenAIResponsesToolChoiceApplyPatch | OpenAIResponsesToolChoiceFunction |
            OpenAIResponsesToolChoiceShell | OpenAIResponsesToolChoiceType0 | OpenAIResponsesToolChoiceType1 |
            OpenAIResponsesToolChoiceType2 | OpenAIResponsesToolChoiceVariant4 | ToolChoiceAllowed | Unset):
        tools (list[AdvisorServerToolOpenRouter | ApplyPatchServerTool | ApplyPatchServerToolOpenRouter | BashServerTool
            | CodeInterpreterServerTool | CodexLocalShellTool | ComputerUseServerTool | CustomTool | DatetimeServerTool |
            FileSearchServerTool | FilesServerTool | FusionServerToolOpenRouter | ImageGenerationServerTool |
            ImageGenerationServerToolOpenRouter | LegacyWebSearchServerTool | McpServerTool | NamespaceTool |
            Preview20250311WebSearchServerTool | PreviewWebSearchServerTool | ResponsesRequestToolsItemFunction |
            SearchModelsServerToolOpenRouter | ShellServerTool | ShellServerToolOpenRouter | SubagentServerToolOpenRouter |
            ToolSearchServerTool | WebFetchServerTool | WebSearchServerTool | WebSearchServerToolOpenRouter] | Unset):
        top_k (int | Unset):
        top_logprobs (int | None | Unset):
        top_p (float | None | Unset):
        trace (TraceConfig | Unset):
        truncation (None | OpenAIResponsesTruncation | Unset):
        user (str | Unset):
    """

    background: bool | None | Unset = UNSET
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    debug: ChatDebugOptions | Unset = UNSET
    frequency_penalty: float | None | Unset = UNSET
    image_config: ImageConfig | Unset = UNSET
    include: list[ResponseIncludesEnum] | None | Unset = UNSET
    input: (
        list[
            AdditionalToolsItem
            | AgentMessageItem
            | ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | CompactionItem
            | ContextCompactionItem
            | CustomToolCallItem
            | CustomToolCallOutputItem
            | EasyInputMessage
            | FunctionCallItem
            | FunctionCallOutputItem
            | InputMessageItem
            | InputsItemMessage
            | InputsItemReasoning
            | ItemReferenceItem
            | LocalShellCallItem
            | LocalShellCallOutputItem
            | McpApprovalRequestItem
            | McpApprovalResponseItem
            | McpCallItem
            | McpListToolsItem
            | OutputAdvisorServerToolItem
            | OutputApplyPatchServerToolItem
            | OutputBashServerToolItem
            | OutputBrowserUseServerToolItem
            | OutputCodeInterpreterCallItem
            | OutputCodeInterpreterServerToolItem
            | OutputComputerCallItem
            | OutputCustomToolCallItem
            | OutputDatetimeItem
            | OutputFileSearchCallItem
            | OutputFileSearchServerToolItem
            | OutputFilesServerToolItem
            | OutputFunctionCallItem
            | OutputFusionServerToolItem
            | OutputImageGenerationCallItem
            | OutputImageGenerationServerToolItem
            | OutputMcpServerToolItem
            | OutputMemoryServerToolItem
            | OutputSearchModelsServerToolItem
            | OutputShellServerToolItem
            | OutputSubagentServerToolItem
            | OutputTextEditorServerToolItem
            | OutputToolSearchServerToolItem
            | OutputWebFetchServerToolItem
            | OutputWebSearchCallItem
            | OutputWebSearchServerToolItem
            | ReasoningItem
            | ShellCallItem
            | ShellCallOutputItem
        ]
        | str
        | Unset
    ) = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    metadata: None | RequestMetadata | Unset = UNSET
    modalities: list[OutputModalityEnum] | Unset = UNSET
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
    presence_penalty: float | None | Unset = UNSET
    previous_response_id: None | Unset = UNSET
    prompt: None | StoredPromptTemplate | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    provider: None | ProviderPreferences | Unset = UNSET
    reasoning: None | ReasoningConfig | Unset = UNSET
    route: DeprecatedRoute | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: (
        None
        | ResponsesRequestServiceTierType1
        | ResponsesRequestServiceTierType2Type1
        | ResponsesRequestServiceTierType3Type1
        | Unset
    ) = "auto"
    session_id: str | Unset = UNSET
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
    store: bool | Unset = False
    stream: bool | Unset = False
    temperature: float | None | Unset = UNSET
    text: TextExtendedConfig | Unset = UNSET
    tool_choice: (
        OpenAIResponsesToolChoiceApplyPatch
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceShell
        | OpenAIResponsesToolChoiceType0
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | OpenAIResponsesToolChoiceVariant4
        | ToolChoiceAllowed
        | Unset
    ) = UNSET
    tools: (
        list[
            AdvisorServerToolOpenRouter
            | ApplyPatchServerTool
            | ApplyPatchServerToolOpenRouter
            | BashServerTool
            | CodeInterpreterServerTool
            | CodexLocalShellTool
            | ComputerUseServerTool
            | CustomTool
            | DatetimeServerTool
            | FileSearchServerTool
            | FilesServerTool
            | FusionServerToolOpenRouter
            | ImageGenerationServerTool
            | ImageGenerationServerToolOpenRouter
            | LegacyWebSearchServerTool
            | McpServerTool
            | NamespaceTool
            | Preview20250311WebSearchServerTool
            | PreviewWebSearchServerTool
            | ResponsesRequestToolsItemFunction
            | SearchModelsServerToolOpenRouter
            | ShellServerTool
            | ShellServerToolOpenRouter
            | SubagentServerToolOpenRouter
            | ToolSearchServerTool
            | WebFetchServerTool
            | WebSearchServerTool
            | WebSearchServerToolOpenRouter
        ]
        | Unset
    ) = UNSET
    top_k: int | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    trace: TraceConfig | Unset = UNSET
    truncation: None | OpenAIResponsesTruncation | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

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

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_0_item_data in self.include:
                include_type_0_item: str = include_type_0_item_data
                include.append(include_type_0_item)

        else:
            include = self.include

        input: list[dict[str, Any]] | str | Unset
        if isinstance(self.input, Unset):
            input = UNSET
        elif isinstance(self.input, list):
            input = []
            for componentsschemas_inputs_type_1_item_data in self.input:
                componentsschemas_inputs_type_1_item: dict[str, Any]
                if isinstance(componentsschemas_inputs_type_1_item_data, ReasoningItem):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, EasyInputMessage
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, InputMessageItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, FunctionCallItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, FunctionCallOutputItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, ApplyPatchCallItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, ApplyPatchCallOutputItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, InputsItemMessage
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, InputsItemReasoning
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, OutputFunctionCallItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, OutputCustomToolCallItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, OutputWebSearchCallItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, OutputFileSearchCallItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputImageGenerationCallItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputCodeInterpreterCallItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, OutputComputerCallItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, OutputDatetimeItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputWebSearchServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputCodeInterpreterServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputFileSearchServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputImageGenerationServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputBrowserUseServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, OutputBashServerToolItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputTextEditorServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputApplyPatchServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputWebFetchServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputToolSearchServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputMemoryServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, OutputMcpServerToolItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputSearchModelsServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputFusionServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputAdvisorServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data,
                    OutputSubagentServerToolItem,
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, OutputFilesServerToolItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, OutputShellServerToolItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, LocalShellCallItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, LocalShellCallOutputItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, ShellCallItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, ShellCallOutputItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, McpListToolsItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, McpApprovalRequestItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, McpApprovalResponseItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(componentsschemas_inputs_type_1_item_data, McpCallItem):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, CustomToolCallItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, CustomToolCallOutputItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, CompactionItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, ContextCompactionItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, ItemReferenceItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_inputs_type_1_item_data, AdditionalToolsItem
                ):
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )
                else:
                    componentsschemas_inputs_type_1_item = (
                        componentsschemas_inputs_type_1_item_data.to_dict()
                    )

                input.append(componentsschemas_inputs_type_1_item)

        else:
            input = self.input

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        previous_response_id = self.previous_response_id

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, StoredPromptTemplate):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

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

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ReasoningConfig):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        route: None | str | Unset
        if isinstance(self.route, Unset):
            route = UNSET
        elif isinstance(self.route, str):
            route = self.route
        else:
            route = self.route

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

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

        store = self.store

        stream = self.stream

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, OpenAIResponsesToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, OpenAIResponsesToolChoiceVariant4):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceAllowed):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, OpenAIResponsesToolChoiceApplyPatch):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ResponsesRequestToolsItemFunction):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, PreviewWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, Preview20250311WebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, LegacyWebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FileSearchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ComputerUseServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodeInterpreterServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, McpServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CodexLocalShellTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ShellServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ApplyPatchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, CustomTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, NamespaceTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AdvisorServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, SubagentServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, DatetimeServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FilesServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, FusionServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ImageGenerationServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, SearchModelsServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebFetchServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, WebSearchServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ApplyPatchServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, BashServerTool):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, ShellServerToolOpenRouter):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

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

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, str):
            truncation = self.truncation
        else:
            truncation = self.truncation

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background is not UNSET:
            field_dict["background"] = background
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if debug is not UNSET:
            field_dict["debug"] = debug
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if include is not UNSET:
            field_dict["include"] = include
        if input is not UNSET:
            field_dict["input"] = input
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if provider is not UNSET:
            field_dict["provider"] = provider
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if route is not UNSET:
            field_dict["route"] = route
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if stop_server_tools_when is not UNSET:
            field_dict["stop_server_tools_when"] = stop_server_tools_when
        if store is not UNSET:
            field_dict["store"] = store
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if trace is not UNSET:
            field_dict["trace"] = trace
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        background: bool | None | Unset = d.pop("background", UNSET)

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

        def _parse_include(data: object) -> list[ResponseIncludesEnum] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_0 = []
                _include_type_0 = data
                for include_type_0_item_data in _include_type_0:
                    include_type_0_item = check_response_includes_enum(
                        include_type_0_item_data
                    )

                    include_type_0.append(include_type_0_item)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseIncludesEnum] | None | Unset, data)

        include = _parse_include(d.pop("include", UNSET))

        def _parse_input(
            data: object,
        ) -> (
            list[
                AdditionalToolsItem
                | AgentMessageItem
                | ApplyPatchCallItem
                | ApplyPatchCallOutputItem
                | CompactionItem
                | ContextCompactionItem
                | CustomToolCallItem
                | CustomToolCallOutputItem
                | EasyInputMessage
                | FunctionCallItem
                | FunctionCallOutputItem
                | InputMessageItem
                | InputsItemMessage
                | InputsItemReasoning
                | ItemReferenceItem
                | LocalShellCallItem
                | LocalShellCallOutputItem
                | McpApprovalRequestItem
                | McpApprovalResponseItem
                | McpCallItem
                | McpListToolsItem
                | OutputAdvisorServerToolItem
                | OutputApplyPatchServerToolItem
                | OutputBashServerToolItem
                | OutputBrowserUseServerToolItem
                | OutputCodeInterpreterCallItem
                | OutputCodeInterpreterServerToolItem
                | OutputComputerCallItem
                | OutputCustomToolCallItem
                | OutputDatetimeItem
                | OutputFileSearchCallItem
                | OutputFileSearchServerToolItem
                | OutputFilesServerToolItem
                | OutputFunctionCallItem
                | OutputFusionServerToolItem
                | OutputImageGenerationCallItem
                | OutputImageGenerationServerToolItem
                | OutputMcpServerToolItem
                | OutputMemoryServerToolItem
                | OutputSearchModelsServerToolItem
                | OutputShellServerToolItem
                | OutputSubagentServerToolItem
                | OutputTextEditorServerToolItem
                | OutputToolSearchServerToolItem
                | OutputWebFetchServerToolItem
                | OutputWebSearchCallItem
                | OutputWebSearchServerToolItem
                | ReasoningItem
                | ShellCallItem
                | ShellCallOutputItem
            ]
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_inputs_type_1 = []
                _componentsschemas_inputs_type_1 = data
                for (
                    componentsschemas_inputs_type_1_item_data
                ) in _componentsschemas_inputs_type_1:

                    def _parse_componentsschemas_inputs_type_1_item(
                        data: object,
                    ) -> (
                        AdditionalToolsItem
                        | AgentMessageItem
                        | ApplyPatchCallItem
                        | ApplyPatchCallOutputItem
                        | CompactionItem
                        | ContextCompactionItem
                        | CustomToolCallItem
                        | CustomToolCallOutputItem
                        | EasyInputMessage
                        | FunctionCallItem
                        | FunctionCallOutputItem
                        | InputMessageItem
                        | InputsItemMessage
                        | InputsItemReasoning
                        | ItemReferenceItem
                        | LocalShellCallItem
                        | LocalShellCallOutputItem
                        | McpApprovalRequestItem
                        | McpApprovalResponseItem
                        | McpCallItem
                        | McpListToolsItem
                        | OutputAdvisorServerToolItem
                        | OutputApplyPatchServerToolItem
                        | OutputBashServerToolItem
                        | OutputBrowserUseServerToolItem
                        | OutputCodeInterpreterCallItem
                        | OutputCodeInterpreterServerToolItem
                        | OutputComputerCallItem
                        | OutputCustomToolCallItem
                        | OutputDatetimeItem
                        | OutputFileSearchCallItem
                        | OutputFileSearchServerToolItem
                        | OutputFilesServerToolItem
                        | OutputFunctionCallItem
                        | OutputFusionServerToolItem
                        | OutputImageGenerationCallItem
                        | OutputImageGenerationServerToolItem
                        | OutputMcpServerToolItem
                        | OutputMemoryServerToolItem
                        | OutputSearchModelsServerToolItem
                        | OutputShellServerToolItem
                        | OutputSubagentServerToolItem
                        | OutputTextEditorServerToolItem
                        | OutputToolSearchServerToolItem
                        | OutputWebFetchServerToolItem
                        | OutputWebSearchCallItem
                        | OutputWebSearchServerToolItem
                        | ReasoningItem
                        | ShellCallItem
                        | ShellCallOutputItem
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_0 = (
                                ReasoningItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_1 = (
                                EasyInputMessage.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_2 = (
                                InputMessageItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_3 = (
                                FunctionCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_4 = (
                                FunctionCallOutputItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_5 = (
                                ApplyPatchCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_6 = (
                                ApplyPatchCallOutputItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_7 = (
                                InputsItemMessage.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_8 = (
                                InputsItemReasoning.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_9 = (
                                OutputFunctionCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_10 = (
                                OutputCustomToolCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_11 = (
                                OutputWebSearchCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_12 = (
                                OutputFileSearchCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_13 = (
                                OutputImageGenerationCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_14 = (
                                OutputCodeInterpreterCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_15 = (
                                OutputComputerCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_16 = (
                                OutputDatetimeItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_17 = (
                                OutputWebSearchServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_18 = (
                                OutputCodeInterpreterServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_19 = (
                                OutputFileSearchServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_20 = (
                                OutputImageGenerationServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_21 = (
                                OutputBrowserUseServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_22 = (
                                OutputBashServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_23 = (
                                OutputTextEditorServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_24 = (
                                OutputApplyPatchServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_25 = (
                                OutputWebFetchServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_26 = (
                                OutputToolSearchServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_27 = (
                                OutputMemoryServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_28 = (
                                OutputMcpServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_28
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_29 = (
                                OutputSearchModelsServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_29
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_30 = (
                                OutputFusionServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_30
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_31 = (
                                OutputAdvisorServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_31
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_32 = (
                                OutputSubagentServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_32
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_33 = (
                                OutputFilesServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_33
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_34 = (
                                OutputShellServerToolItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_34
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_35 = (
                                LocalShellCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_35
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_36 = (
                                LocalShellCallOutputItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_36
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_37 = (
                                ShellCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_37
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_38 = (
                                ShellCallOutputItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_38
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_39 = (
                                McpListToolsItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_39
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_40 = (
                                McpApprovalRequestItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_40
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_41 = (
                                McpApprovalResponseItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_41
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_42 = (
                                McpCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_42
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_43 = (
                                CustomToolCallItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_43
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_44 = (
                                CustomToolCallOutputItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_44
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_45 = (
                                CompactionItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_45
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_46 = (
                                ContextCompactionItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_46
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_47 = (
                                ItemReferenceItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_47
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_inputs_type_1_item_type_48 = (
                                AdditionalToolsItem.from_dict(data)
                            )

                            return componentsschemas_inputs_type_1_item_type_48
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_inputs_type_1_item_type_49 = (
                            AgentMessageItem.from_dict(data)
                        )

                        return componentsschemas_inputs_type_1_item_type_49

                    componentsschemas_inputs_type_1_item = (
                        _parse_componentsschemas_inputs_type_1_item(
                            componentsschemas_inputs_type_1_item_data
                        )
                    )

                    componentsschemas_inputs_type_1.append(
                        componentsschemas_inputs_type_1_item
                    )

                return componentsschemas_inputs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    AdditionalToolsItem
                    | AgentMessageItem
                    | ApplyPatchCallItem
                    | ApplyPatchCallOutputItem
                    | CompactionItem
                    | ContextCompactionItem
                    | CustomToolCallItem
                    | CustomToolCallOutputItem
                    | EasyInputMessage
                    | FunctionCallItem
                    | FunctionCallOutputItem
                    | InputMessageItem
                    | InputsItemMessage
                    | InputsItemReasoning
                    | ItemReferenceItem
                    | LocalShellCallItem
                    | LocalShellCallOutputItem
                    | McpApprovalRequestItem
                    | McpApprovalResponseItem
                    | McpCallItem
                    | McpListToolsItem
                    | OutputAdvisorServerToolItem
                    | OutputApplyPatchServerToolItem
                    | OutputBashServerToolItem
                    | OutputBrowserUseServerToolItem
                    | OutputCodeInterpreterCallItem
                    | OutputCodeInterpreterServerToolItem
                    | OutputComputerCallItem
                    | OutputCustomToolCallItem
                    | OutputDatetimeItem
                    | OutputFileSearchCallItem
                    | OutputFileSearchServerToolItem
                    | OutputFilesServerToolItem
                    | OutputFunctionCallItem
                    | OutputFusionServerToolItem
                    | OutputImageGenerationCallItem
                    | OutputImageGenerationServerToolItem
                    | OutputMcpServerToolItem
                    | OutputMemoryServerToolItem
                    | OutputSearchModelsServerToolItem
                    | OutputShellServerToolItem
                    | OutputSubagentServerToolItem
                    | OutputTextEditorServerToolItem
                    | OutputToolSearchServerToolItem
                    | OutputWebFetchServerToolItem
                    | OutputWebSearchCallItem
                    | OutputWebSearchServerToolItem
                    | ReasoningItem
                    | ShellCallItem
                    | ShellCallOutputItem
                ]
                | str
                | Unset,
                data,
            )

        input = _parse_input(d.pop("input", UNSET))

        instructions: None | str | Unset = d.pop("instructions", UNSET)

        max_output_tokens: int | None | Unset = d.pop("max_output_tokens", UNSET)

        max_tool_calls: int | None | Unset = d.pop("max_tool_calls", UNSET)

        def _parse_metadata(data: object) -> None | RequestMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = RequestMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestMetadata | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _modalities = d.pop("modalities", UNSET)
        modalities: list[OutputModalityEnum] | Unset = UNSET
        if _modalities is not UNSET:
            modalities = []
            for modalities_item_data in _modalities:
                modalities_item = check_output_modality_enum(modalities_item_data)

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

        presence_penalty: float | None | Unset = d.pop("presence_penalty", UNSET)

        previous_response_id = d.pop("previous_response_id", UNSET)

        def _parse_prompt(data: object) -> None | StoredPromptTemplate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_type_0 = StoredPromptTemplate.from_dict(data)

                return prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StoredPromptTemplate | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

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

        def _parse_reasoning(data: object) -> None | ReasoningConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ReasoningConfig.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasoningConfig | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

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

        safety_identifier: None | str | Unset = d.pop("safety_identifier", UNSET)

        def _parse_service_tier(
            data: object,
        ) -> (
            None
            | ResponsesRequestServiceTierType1
            | ResponsesRequestServiceTierType2Type1
            | ResponsesRequestServiceTierType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_1 = check_responses_request_service_tier_type_1(data)

                return service_tier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_2_type_1 = (
                    check_responses_request_service_tier_type_2_type_1(data)
                )

                return service_tier_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_3_type_1 = (
                    check_responses_request_service_tier_type_3_type_1(data)
                )

                return service_tier_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ResponsesRequestServiceTierType1
                | ResponsesRequestServiceTierType2Type1
                | ResponsesRequestServiceTierType3Type1
                | Unset,
                data,
            )

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        session_id = d.pop("session_id", UNSET)

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

        store = d.pop("store", UNSET)

        stream = d.pop("stream", UNSET)

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        _text = d.pop("text", UNSET)
        text: TextExtendedConfig | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = TextExtendedConfig.from_dict(_text)

        def _parse_tool_choice(
            data: object,
        ) -> (
            OpenAIResponsesToolChoiceApplyPatch
            | OpenAIResponsesToolChoiceFunction
            | OpenAIResponsesToolChoiceShell
            | OpenAIResponsesToolChoiceType0
            | OpenAIResponsesToolChoiceType1
            | OpenAIResponsesToolChoiceType2
            | OpenAIResponsesToolChoiceVariant4
            | ToolChoiceAllowed
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_ai_responses_tool_choice_type_0 = (
                    check_open_ai_responses_tool_choice_type_0(data)
                )

                return componentsschemas_open_ai_responses_tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_ai_responses_tool_choice_type_1 = (
                    check_open_ai_responses_tool_choice_type_1(data)
                )

                return componentsschemas_open_ai_responses_tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_open_ai_responses_tool_choice_type_2 = (
                    check_open_ai_responses_tool_choice_type_2(data)
                )

                return componentsschemas_open_ai_responses_tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_open_ai_responses_tool_choice_type_3 = (
                    OpenAIResponsesToolChoiceFunction.from_dict(data)
                )

                return componentsschemas_open_ai_responses_tool_choice_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_open_ai_responses_tool_choice_type_4 = (
                    OpenAIResponsesToolChoiceVariant4.from_dict(data)
                )

                return componentsschemas_open_ai_responses_tool_choice_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_open_ai_responses_tool_choice_type_5 = (
                    ToolChoiceAllowed.from_dict(data)
                )

                return componentsschemas_open_ai_responses_tool_choice_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_open_ai_responses_tool_choice_type_6 = (
                    OpenAIResponsesToolChoiceApplyPatch.from_dict(data)
                )

                return componentsschemas_open_ai_responses_tool_choice_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_open_ai_responses_tool_choice_type_7 = (
                OpenAIResponsesToolChoiceShell.from_dict(data)
            )

            return componentsschemas_open_ai_responses_tool_choice_type_7

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: (
            list[
                AdvisorServerToolOpenRouter
                | ApplyPatchServerTool
                | ApplyPatchServerToolOpenRouter
                | BashServerTool
                | CodeInterpreterServerTool
                | CodexLocalShellTool
                | ComputerUseServerTool
                | CustomTool
                | DatetimeServerTool
                | FileSearchServerTool
                | FilesServerTool
                | FusionServerToolOpenRouter
                | ImageGenerationServerTool
                | ImageGenerationServerToolOpenRouter
                | LegacyWebSearchServerTool
                | McpServerTool
                | NamespaceTool
                | Preview20250311WebSearchServerTool
                | PreviewWebSearchServerTool
                | ResponsesRequestToolsItemFunction
                | SearchModelsServerToolOpenRouter
                | ShellServerTool
                | ShellServerToolOpenRouter
                | SubagentServerToolOpenRouter
                | ToolSearchServerTool
                | WebFetchServerTool
                | WebSearchServerTool
                | WebSearchServerToolOpenRouter
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
                    | ApplyPatchServerTool
                    | ApplyPatchServerToolOpenRouter
                    | BashServerTool
                    | CodeInterpreterServerTool
                    | CodexLocalShellTool
                    | ComputerUseServerTool
                    | CustomTool
                    | DatetimeServerTool
                    | FileSearchServerTool
                    | FilesServerTool
                    | FusionServerToolOpenRouter
                    | ImageGenerationServerTool
                    | ImageGenerationServerToolOpenRouter
                    | LegacyWebSearchServerTool
                    | McpServerTool
                    | NamespaceTool
                    | Preview20250311WebSearchServerTool
                    | PreviewWebSearchServerTool
                    | ResponsesRequestToolsItemFunction
                    | SearchModelsServerToolOpenRouter
                    | ShellServerTool
                    | ShellServerToolOpenRouter
                    | SubagentServerToolOpenRouter
                    | ToolSearchServerTool
                    | WebFetchServerTool
                    | WebSearchServerTool
                    | WebSearchServerToolOpenRouter
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = ResponsesRequestToolsItemFunction.from_dict(
                            data
                        )

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_1 = PreviewWebSearchServerTool.from_dict(data)

                        return tools_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_2 = (
                            Preview20250311WebSearchServerTool.from_dict(data)
                        )

                        return tools_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_3 = LegacyWebSearchServerTool.from_dict(data)

                        return tools_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_4 = WebSearchServerTool.from_dict(data)

                        return tools_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_5 = FileSearchServerTool.from_dict(data)

                        return tools_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_6 = ComputerUseServerTool.from_dict(data)

                        return tools_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_7 = CodeInterpreterServerTool.from_dict(data)

                        return tools_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_8 = McpServerTool.from_dict(data)

                        return tools_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_9 = ImageGenerationServerTool.from_dict(data)

                        return tools_item_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_10 = CodexLocalShellTool.from_dict(data)

                        return tools_item_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_11 = ShellServerTool.from_dict(data)

                        return tools_item_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_12 = ApplyPatchServerTool.from_dict(data)

                        return tools_item_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_13 = CustomTool.from_dict(data)

                        return tools_item_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_14 = NamespaceTool.from_dict(data)

                        return tools_item_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_15 = AdvisorServerToolOpenRouter.from_dict(data)

                        return tools_item_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_16 = SubagentServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_17 = DatetimeServerTool.from_dict(data)

                        return tools_item_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_18 = FilesServerTool.from_dict(data)

                        return tools_item_type_18
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_19 = FusionServerToolOpenRouter.from_dict(data)

                        return tools_item_type_19
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_20 = (
                            ImageGenerationServerToolOpenRouter.from_dict(data)
                        )

                        return tools_item_type_20
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_21 = SearchModelsServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_21
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_22 = WebFetchServerTool.from_dict(data)

                        return tools_item_type_22
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_23 = WebSearchServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_23
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_24 = ApplyPatchServerToolOpenRouter.from_dict(
                            data
                        )

                        return tools_item_type_24
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_25 = BashServerTool.from_dict(data)

                        return tools_item_type_25
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_26 = ShellServerToolOpenRouter.from_dict(data)

                        return tools_item_type_26
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_27 = ToolSearchServerTool.from_dict(data)

                    return tools_item_type_27

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        top_k = d.pop("top_k", UNSET)

        top_logprobs: int | None | Unset = d.pop("top_logprobs", UNSET)

        top_p: float | None | Unset = d.pop("top_p", UNSET)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        def _parse_truncation(data: object) -> None | OpenAIResponsesTruncation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_type_0 = check_open_ai_responses_truncation(data)

                return truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenAIResponsesTruncation | Unset, data)

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        user = d.pop("user", UNSET)

        responses_request = cls(
            background=background,
            cache_control=cache_control,
            debug=debug,
            frequency_penalty=frequency_penalty,
            image_config=image_config,
            include=include,
            input=input,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            metadata=metadata,
            modalities=modalities,
            model=model,
            models=models,
            parallel_tool_calls=parallel_tool_calls,
            plugins=plugins,
            presence_penalty=presence_penalty,
            previous_response_id=previous_response_id,
            prompt=prompt,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            provider=provider,
            reasoning=reasoning,
            route=route,
            safety_identifier=safety_identifier,
            service_tier=service_tier,
            session_id=session_id,
            stop_server_tools_when=stop_server_tools_when,
            store=store,
            stream=stream,
            temperature=temperature,
            text=text,
            tool_choice=tool_choice,
            tools=tools,
            top_k=top_k,
            top_logprobs=top_logprobs,
            top_p=top_p,
            trace=trace,
            truncation=truncation,
            user=user,
        )

        responses_request.additional_properties = d
        return responses_request

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
