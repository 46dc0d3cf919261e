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
from ..models.open_responses_result_object import (
    OpenResponsesResultObject,
    check_open_responses_result_object,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.base_inputs_item_message import BaseInputsItemMessage
    from ..models.base_reasoning_config import BaseReasoningConfig
    from ..models.code_interpreter_server_tool import CodeInterpreterServerTool
    from ..models.codex_local_shell_tool import CodexLocalShellTool
    from ..models.computer_use_server_tool import ComputerUseServerTool
    from ..models.custom_tool import CustomTool
    from ..models.file_search_server_tool import FileSearchServerTool
    from ..models.image_generation_server_tool import ImageGenerationServerTool
    from ..models.incomplete_details import IncompleteDetails
    from ..models.legacy_web_search_server_tool import LegacyWebSearchServerTool
    from ..models.mcp_server_tool import McpServerTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.open_ai_response_custom_tool_call import OpenAIResponseCustomToolCall
    from ..models.open_ai_response_custom_tool_call_output import (
        OpenAIResponseCustomToolCallOutput,
    )
    from ..models.open_ai_response_function_tool_call import (
        OpenAIResponseFunctionToolCall,
    )
    from ..models.open_ai_response_function_tool_call_output import (
        OpenAIResponseFunctionToolCallOutput,
    )
    from ..models.open_ai_response_input_message_item import (
        OpenAIResponseInputMessageItem,
    )
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
    from ..models.open_responses_result_tools_item_function import (
        OpenResponsesResultToolsItemFunction,
    )
    from ..models.open_router_metadata import OpenRouterMetadata
    from ..models.output_advisor_server_tool_item import OutputAdvisorServerToolItem
    from ..models.output_apply_patch_call_item import OutputApplyPatchCallItem
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
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
    from ..models.output_message import OutputMessage
    from ..models.output_message_item import OutputMessageItem
    from ..models.output_reasoning_item import OutputReasoningItem
    from ..models.output_search_models_server_tool_item import (
        OutputSearchModelsServerToolItem,
    )
    from ..models.output_shell_call_item import OutputShellCallItem
    from ..models.output_shell_call_output_item import OutputShellCallOutputItem
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
    from ..models.preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.request_metadata import RequestMetadata
    from ..models.responses_error_field import ResponsesErrorField
    from ..models.shell_server_tool import ShellServerTool
    from ..models.stored_prompt_template import StoredPromptTemplate
    from ..models.text_extended_config import TextExtendedConfig
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.usage import Usage
    from ..models.web_search_server_tool import WebSearchServerTool

_LAZY_IMPORTS = (
    ("..models.apply_patch_call_item", "ApplyPatchCallItem"),
    ("..models.apply_patch_call_output_item", "ApplyPatchCallOutputItem"),
    ("..models.apply_patch_server_tool", "ApplyPatchServerTool"),
    ("..models.base_inputs_item_message", "BaseInputsItemMessage"),
    ("..models.base_reasoning_config", "BaseReasoningConfig"),
    ("..models.code_interpreter_server_tool", "CodeInterpreterServerTool"),
    ("..models.codex_local_shell_tool", "CodexLocalShellTool"),
    ("..models.computer_use_server_tool", "ComputerUseServerTool"),
    ("..models.custom_tool", "CustomTool"),
    ("..models.file_search_server_tool", "FileSearchServerTool"),
    ("..models.image_generation_server_tool", "ImageGenerationServerTool"),
    ("..models.incomplete_details", "IncompleteDetails"),
    ("..models.legacy_web_search_server_tool", "LegacyWebSearchServerTool"),
    ("..models.mcp_server_tool", "McpServerTool"),
    ("..models.namespace_tool", "NamespaceTool"),
    ("..models.open_ai_response_custom_tool_call", "OpenAIResponseCustomToolCall"),
    (
        "..models.open_ai_response_custom_tool_call_output",
        "OpenAIResponseCustomToolCallOutput",
    ),
    ("..models.open_ai_response_function_tool_call", "OpenAIResponseFunctionToolCall"),
    (
        "..models.open_ai_response_function_tool_call_output",
        "OpenAIResponseFunctionToolCallOutput",
    ),
    ("..models.open_ai_response_input_message_item", "OpenAIResponseInputMessageItem"),
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
    (
        "..models.open_responses_result_tools_item_function",
        "OpenResponsesResultToolsItemFunction",
    ),
    ("..models.open_router_metadata", "OpenRouterMetadata"),
    ("..models.output_advisor_server_tool_item", "OutputAdvisorServerToolItem"),
    ("..models.output_apply_patch_call_item", "OutputApplyPatchCallItem"),
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
    ("..models.output_item_image_generation_call", "OutputItemImageGenerationCall"),
    ("..models.output_mcp_server_tool_item", "OutputMcpServerToolItem"),
    ("..models.output_memory_server_tool_item", "OutputMemoryServerToolItem"),
    ("..models.output_message", "OutputMessage"),
    ("..models.output_message_item", "OutputMessageItem"),
    ("..models.output_reasoning_item", "OutputReasoningItem"),
    (
        "..models.output_search_models_server_tool_item",
        "OutputSearchModelsServerToolItem",
    ),
    ("..models.output_shell_call_item", "OutputShellCallItem"),
    ("..models.output_shell_call_output_item", "OutputShellCallOutputItem"),
    ("..models.output_shell_server_tool_item", "OutputShellServerToolItem"),
    ("..models.output_subagent_server_tool_item", "OutputSubagentServerToolItem"),
    ("..models.output_text_editor_server_tool_item", "OutputTextEditorServerToolItem"),
    ("..models.output_tool_search_server_tool_item", "OutputToolSearchServerToolItem"),
    ("..models.output_web_fetch_server_tool_item", "OutputWebFetchServerToolItem"),
    ("..models.output_web_search_call_item", "OutputWebSearchCallItem"),
    ("..models.output_web_search_server_tool_item", "OutputWebSearchServerToolItem"),
    (
        "..models.preview_20250311_web_search_server_tool",
        "Preview20250311WebSearchServerTool",
    ),
    ("..models.preview_web_search_server_tool", "PreviewWebSearchServerTool"),
    ("..models.prompt_cache_options", "PromptCacheOptions"),
    ("..models.request_metadata", "RequestMetadata"),
    ("..models.responses_error_field", "ResponsesErrorField"),
    ("..models.shell_server_tool", "ShellServerTool"),
    ("..models.stored_prompt_template", "StoredPromptTemplate"),
    ("..models.text_extended_config", "TextExtendedConfig"),
    ("..models.tool_choice_allowed", "ToolChoiceAllowed"),
    ("..models.usage", "Usage"),
    ("..models.web_search_server_tool", "WebSearchServerTool"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="OpenResponsesResult")


@_attrs_define
class OpenResponsesResult(APIModel):
    """
    Attributes:
        completed_at (int | None):
        created_at (int):
        error (None | ResponsesErrorField):
        frequency_penalty (float | None):
        id (str):
        incomplete_details (IncompleteDetails | None):
        instructions (list[ApplyPatchCallItem | ApplyPatchCallOutputItem | BaseInputsItemMessage |
            OpenAIResponseCustomToolCall | OpenAIResponseCustomToolCallOutput | OpenAIResponseFunctionToolCall |
            OpenAIResponseFunctionToolCallOutput | OpenAIResponseInputMessageItem | OutputItemImageGenerationCall |
            OutputMessage] | None | str):
        metadata (None | RequestMetadata):
        model (str):
        object (OpenResponsesResultObject):
        output (list[OutputAdvisorServerToolItem | OutputApplyPatchCallItem | OutputApplyPatchServerToolItem |
            OutputBashServerToolItem | OutputBrowserUseServerToolItem | OutputCodeInterpreterCallItem |
            OutputCodeInterpreterServerToolItem | OutputComputerCallItem | OutputCustomToolCallItem | OutputDatetimeItem |
            OutputFileSearchCallItem | OutputFileSearchServerToolItem | OutputFilesServerToolItem | OutputFunctionCallItem |
            OutputFusionServerToolItem | OutputImageGenerationCallItem | OutputImageGenerationServerToolItem |
            OutputMcpServerToolItem | OutputMemoryServerToolItem | OutputMessageItem | OutputReasoningItem |
            OutputSearchModelsServerToolItem | OutputShellCallItem | OutputShellCallOutputItem | OutputShellServerToolItem |
            OutputSubagentServerToolItem | OutputTextEditorServerToolItem | OutputToolSearchServerToolItem |
            OutputWebFetchServerToolItem | OutputWebSearchCallItem | OutputWebSearchServerToolItem]):
        parallel_tool_calls (bool):
        presence_penalty (float | None):
        status (str): Open enum (the API adds values): known values `completed`, `incomplete`, `in_progress`, `failed`,
            `cancelled`, `queued`.
        temperature (float | None):
        tool_choice (OpenAIResponsesToolChoiceApplyPatch | OpenAIResponsesToolChoiceFunction |
            OpenAIResponsesToolChoiceShell | OpenAIResponsesToolChoiceType0 | OpenAIResponsesToolChoiceType1 |
            OpenAIResponsesToolChoiceType2 | OpenAIResponsesToolChoiceVariant4 | ToolChoiceAllowed):
        tools (list[ApplyPatchServerTool | CodeInterpreterServerTool | CodexLocalShellTool | ComputerUseServerTool |
            CustomTool | FileSearchServerTool | ImageGenerationServerTool | LegacyWebSearchServerTool | McpServerTool |
            NamespaceTool | OpenResponsesResultToolsItemFunction | Preview20250311WebSearchServerTool |
            PreviewWebSearchServerTool | ShellServerTool | WebSearchServerTool]):
        top_p (float | None):
        background (bool | None | Unset):
        error_type (str | Unset): Open enum (the API adds values): known values `context_length_exceeded`,
            `max_tokens_exceeded`, `token_limit_exceeded`, `string_too_long`, `authentication`, `permission_denied`,
            `payment_required`, `rate_limit_exceeded`, `provider_overloaded`, `provider_unavailable`, `invalid_request`,
            `invalid_prompt`, `not_found`, `precondition_failed`, `payload_too_large`, `unprocessable`,
            `content_policy_violation`, `refusal`, `invalid_image`, `image_too_large`, `image_too_small`,
            `unsupported_image_format`, `image_not_found`, `image_download_failed`, `server`, `timeout`, `unmapped`.
        max_output_tokens (int | None | Unset):
        max_tool_calls (int | None | Unset):
        openrouter_metadata (OpenRouterMetadata | Unset):
        output_text (str | Unset):
        previous_response_id (None | str | Unset):
        prompt (None | StoredPromptTemplate | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_options (None | PromptCacheOptions | Unset):
        reasoning (BaseReasoningConfig | None | Unset):
        safety_identifier (None | str | Unset):
        service_tier (None | str | Unset):
        store (bool | Unset):
        text (TextExtendedConfig | Unset):
        top_logprobs (int | Unset):
        truncation (None | str | Unset):
        usage (None | Unset | Usage):
        user (None | str | Unset):
    """

    completed_at: int | None
    created_at: int
    error: None | ResponsesErrorField
    frequency_penalty: float | None
    id: str
    incomplete_details: IncompleteDetails | None
    instructions: (
        list[
            ApplyPatchCallItem
            | ApplyPatchCallOutputItem
            | BaseInputsItemMessage
            | OpenAIResponseCustomToolCall
            | OpenAIResponseCustomToolCallOutput
            | OpenAIResponseFunctionToolCall
            | OpenAIResponseFunctionToolCallOutput
            | OpenAIResponseInputMessageItem
            | OutputItemImageGenerationCall
            | OutputMessage
        ]
        | None
        | str
    )
    metadata: None | RequestMetadata
    model: str
    object: OpenResponsesResultObject
    output: list[
        OutputAdvisorServerToolItem
        | OutputApplyPatchCallItem
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
        | OutputMessageItem
        | OutputReasoningItem
        | OutputSearchModelsServerToolItem
        | OutputShellCallItem
        | OutputShellCallOutputItem
        | OutputShellServerToolItem
        | OutputSubagentServerToolItem
        | OutputTextEditorServerToolItem
        | OutputToolSearchServerToolItem
        | OutputWebFetchServerToolItem
        | OutputWebSearchCallItem
        | OutputWebSearchServerToolItem
    ]
    parallel_tool_calls: bool
    presence_penalty: float | None
    status: str
    temperature: float | None
    tool_choice: (
        OpenAIResponsesToolChoiceApplyPatch
        | OpenAIResponsesToolChoiceFunction
        | OpenAIResponsesToolChoiceShell
        | OpenAIResponsesToolChoiceType0
        | OpenAIResponsesToolChoiceType1
        | OpenAIResponsesToolChoiceType2
        | OpenAIResponsesToolChoiceVariant4
        | ToolChoiceAllowed
    )
    tools: list[
        ApplyPatchServerTool
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | FileSearchServerTool
        | ImageGenerationServerTool
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
        | OpenResponsesResultToolsItemFunction
        | Preview20250311WebSearchServerTool
        | PreviewWebSearchServerTool
        | ShellServerTool
        | WebSearchServerTool
    ]
    top_p: float | None
    background: bool | None | Unset = UNSET
    error_type: str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    openrouter_metadata: OpenRouterMetadata | Unset = UNSET
    output_text: str | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt: None | StoredPromptTemplate | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    reasoning: BaseReasoningConfig | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    store: bool | Unset = UNSET
    text: TextExtendedConfig | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    truncation: None | str | Unset = UNSET
    usage: None | Unset | Usage = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        completed_at: int | None
        completed_at = self.completed_at

        created_at = self.created_at

        error: dict[str, Any] | None
        if isinstance(self.error, ResponsesErrorField):
            error = self.error.to_dict()
        else:
            error = self.error

        frequency_penalty: float | None
        frequency_penalty = self.frequency_penalty

        id = self.id

        incomplete_details: dict[str, Any] | None
        if isinstance(self.incomplete_details, IncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        instructions: list[dict[str, Any]] | None | str
        if isinstance(self.instructions, list):
            instructions = []
            for componentsschemas_base_inputs_type_1_item_data in self.instructions:
                componentsschemas_base_inputs_type_1_item: dict[str, Any]
                if isinstance(
                    componentsschemas_base_inputs_type_1_item_data,
                    BaseInputsItemMessage,
                ):
                    componentsschemas_base_inputs_type_1_item = (
                        componentsschemas_base_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_base_inputs_type_1_item_data,
                    OpenAIResponseInputMessageItem,
                ):
                    componentsschemas_base_inputs_type_1_item = (
                        componentsschemas_base_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_base_inputs_type_1_item_data,
                    OpenAIResponseFunctionToolCallOutput,
                ):
                    componentsschemas_base_inputs_type_1_item = (
                        componentsschemas_base_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_base_inputs_type_1_item_data,
                    OpenAIResponseFunctionToolCall,
                ):
                    componentsschemas_base_inputs_type_1_item = (
                        componentsschemas_base_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_base_inputs_type_1_item_data,
                    OutputItemImageGenerationCall,
                ):
                    componentsschemas_base_inputs_type_1_item = (
                        componentsschemas_base_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_base_inputs_type_1_item_data, OutputMessage
                ):
                    componentsschemas_base_inputs_type_1_item = (
                        componentsschemas_base_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_base_inputs_type_1_item_data,
                    OpenAIResponseCustomToolCall,
                ):
                    componentsschemas_base_inputs_type_1_item = (
                        componentsschemas_base_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_base_inputs_type_1_item_data,
                    OpenAIResponseCustomToolCallOutput,
                ):
                    componentsschemas_base_inputs_type_1_item = (
                        componentsschemas_base_inputs_type_1_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_base_inputs_type_1_item_data, ApplyPatchCallItem
                ):
                    componentsschemas_base_inputs_type_1_item = (
                        componentsschemas_base_inputs_type_1_item_data.to_dict()
                    )
                else:
                    componentsschemas_base_inputs_type_1_item = (
                        componentsschemas_base_inputs_type_1_item_data.to_dict()
                    )

                instructions.append(componentsschemas_base_inputs_type_1_item)

        else:
            instructions = self.instructions

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, RequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model = self.model

        object: str = self.object

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, OutputMessageItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputReasoningItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputFunctionCallItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputWebSearchCallItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputFileSearchCallItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputImageGenerationCallItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputCodeInterpreterCallItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputComputerCallItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputDatetimeItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputWebSearchServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputCodeInterpreterServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputFileSearchServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputImageGenerationServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputBrowserUseServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputBashServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputTextEditorServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputApplyPatchServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputApplyPatchCallItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputShellCallItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputShellCallOutputItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputShellServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputWebFetchServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputToolSearchServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputMemoryServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputMcpServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputSearchModelsServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputFusionServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputAdvisorServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputSubagentServerToolItem):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputFilesServerToolItem):
                output_item = output_item_data.to_dict()
            else:
                output_item = output_item_data.to_dict()

            output.append(output_item)

        parallel_tool_calls = self.parallel_tool_calls

        presence_penalty: float | None
        presence_penalty = self.presence_penalty

        status = self.status

        temperature: float | None
        temperature = self.temperature

        tool_choice: dict[str, Any] | str
        if isinstance(self.tool_choice, str):
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

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, OpenResponsesResultToolsItemFunction):
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
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        top_p: float | None
        top_p = self.top_p

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        error_type = self.error_type

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

        openrouter_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.openrouter_metadata, Unset):
            openrouter_metadata = self.openrouter_metadata.to_dict()

        output_text = self.output_text

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
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

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, BaseReasoningConfig):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        store = self.store

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        top_logprobs = self.top_logprobs

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, Usage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completed_at": completed_at,
                "created_at": created_at,
                "error": error,
                "frequency_penalty": frequency_penalty,
                "id": id,
                "incomplete_details": incomplete_details,
                "instructions": instructions,
                "metadata": metadata,
                "model": model,
                "object": object,
                "output": output,
                "parallel_tool_calls": parallel_tool_calls,
                "presence_penalty": presence_penalty,
                "status": status,
                "temperature": temperature,
                "tool_choice": tool_choice,
                "tools": tools,
                "top_p": top_p,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if error_type is not UNSET:
            field_dict["error_type"] = error_type
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if openrouter_metadata is not UNSET:
            field_dict["openrouter_metadata"] = openrouter_metadata
        if output_text is not UNSET:
            field_dict["output_text"] = output_text
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if store is not UNSET:
            field_dict["store"] = store
        if text is not UNSET:
            field_dict["text"] = text
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if usage is not UNSET:
            field_dict["usage"] = usage
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        completed_at: int | None = d.pop("completed_at")

        created_at = d.pop("created_at")

        def _parse_error(data: object) -> None | ResponsesErrorField:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ResponsesErrorField.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesErrorField, data)

        error = _parse_error(d.pop("error"))

        frequency_penalty: float | None = d.pop("frequency_penalty")

        id = d.pop("id")

        def _parse_incomplete_details(data: object) -> IncompleteDetails | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = IncompleteDetails.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncompleteDetails | None, data)

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details"))

        def _parse_instructions(
            data: object,
        ) -> (
            list[
                ApplyPatchCallItem
                | ApplyPatchCallOutputItem
                | BaseInputsItemMessage
                | OpenAIResponseCustomToolCall
                | OpenAIResponseCustomToolCallOutput
                | OpenAIResponseFunctionToolCall
                | OpenAIResponseFunctionToolCallOutput
                | OpenAIResponseInputMessageItem
                | OutputItemImageGenerationCall
                | OutputMessage
            ]
            | None
            | str
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_base_inputs_type_1 = []
                _componentsschemas_base_inputs_type_1 = data
                for (
                    componentsschemas_base_inputs_type_1_item_data
                ) in _componentsschemas_base_inputs_type_1:

                    def _parse_componentsschemas_base_inputs_type_1_item(
                        data: object,
                    ) -> (
                        ApplyPatchCallItem
                        | ApplyPatchCallOutputItem
                        | BaseInputsItemMessage
                        | OpenAIResponseCustomToolCall
                        | OpenAIResponseCustomToolCallOutput
                        | OpenAIResponseFunctionToolCall
                        | OpenAIResponseFunctionToolCallOutput
                        | OpenAIResponseInputMessageItem
                        | OutputItemImageGenerationCall
                        | OutputMessage
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_base_inputs_type_1_item_type_0 = (
                                BaseInputsItemMessage.from_dict(data)
                            )

                            return componentsschemas_base_inputs_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_base_inputs_type_1_item_type_1 = (
                                OpenAIResponseInputMessageItem.from_dict(data)
                            )

                            return componentsschemas_base_inputs_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_base_inputs_type_1_item_type_2 = (
                                OpenAIResponseFunctionToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_base_inputs_type_1_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_base_inputs_type_1_item_type_3 = (
                                OpenAIResponseFunctionToolCall.from_dict(data)
                            )

                            return componentsschemas_base_inputs_type_1_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_base_inputs_type_1_item_type_4 = (
                                OutputItemImageGenerationCall.from_dict(data)
                            )

                            return componentsschemas_base_inputs_type_1_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_base_inputs_type_1_item_type_5 = (
                                OutputMessage.from_dict(data)
                            )

                            return componentsschemas_base_inputs_type_1_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_base_inputs_type_1_item_type_6 = (
                                OpenAIResponseCustomToolCall.from_dict(data)
                            )

                            return componentsschemas_base_inputs_type_1_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_base_inputs_type_1_item_type_7 = (
                                OpenAIResponseCustomToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_base_inputs_type_1_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_base_inputs_type_1_item_type_8 = (
                                ApplyPatchCallItem.from_dict(data)
                            )

                            return componentsschemas_base_inputs_type_1_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_base_inputs_type_1_item_type_9 = (
                            ApplyPatchCallOutputItem.from_dict(data)
                        )

                        return componentsschemas_base_inputs_type_1_item_type_9

                    componentsschemas_base_inputs_type_1_item = (
                        _parse_componentsschemas_base_inputs_type_1_item(
                            componentsschemas_base_inputs_type_1_item_data
                        )
                    )

                    componentsschemas_base_inputs_type_1.append(
                        componentsschemas_base_inputs_type_1_item
                    )

                return componentsschemas_base_inputs_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ApplyPatchCallItem
                    | ApplyPatchCallOutputItem
                    | BaseInputsItemMessage
                    | OpenAIResponseCustomToolCall
                    | OpenAIResponseCustomToolCallOutput
                    | OpenAIResponseFunctionToolCall
                    | OpenAIResponseFunctionToolCallOutput
                    | OpenAIResponseInputMessageItem
                    | OutputItemImageGenerationCall
                    | OutputMessage
                ]
                | None
                | str,
                data,
            )

        instructions = _parse_instructions(d.pop("instructions"))

        def _parse_metadata(data: object) -> None | RequestMetadata:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = RequestMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestMetadata, data)

        metadata = _parse_metadata(d.pop("metadata"))

        model = d.pop("model")

        object = check_open_responses_result_object(d.pop("object"))

        output = []
        _output = d.pop("output")
        for output_item_data in _output:

            def _parse_output_item(
                data: object,
            ) -> (
                OutputAdvisorServerToolItem
                | OutputApplyPatchCallItem
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
                | OutputMessageItem
                | OutputReasoningItem
                | OutputSearchModelsServerToolItem
                | OutputShellCallItem
                | OutputShellCallOutputItem
                | OutputShellServerToolItem
                | OutputSubagentServerToolItem
                | OutputTextEditorServerToolItem
                | OutputToolSearchServerToolItem
                | OutputWebFetchServerToolItem
                | OutputWebSearchCallItem
                | OutputWebSearchServerToolItem
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_0 = OutputMessageItem.from_dict(
                        data
                    )

                    return componentsschemas_output_items_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_1 = (
                        OutputReasoningItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_2 = (
                        OutputFunctionCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_3 = (
                        OutputWebSearchCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_4 = (
                        OutputFileSearchCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_5 = (
                        OutputImageGenerationCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_6 = (
                        OutputCodeInterpreterCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_7 = (
                        OutputComputerCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_8 = (
                        OutputDatetimeItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_9 = (
                        OutputWebSearchServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_10 = (
                        OutputCodeInterpreterServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_11 = (
                        OutputFileSearchServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_12 = (
                        OutputImageGenerationServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_13 = (
                        OutputBrowserUseServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_14 = (
                        OutputBashServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_15 = (
                        OutputTextEditorServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_16 = (
                        OutputApplyPatchServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_17 = (
                        OutputApplyPatchCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_18 = (
                        OutputShellCallItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_19 = (
                        OutputShellCallOutputItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_20 = (
                        OutputShellServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_21 = (
                        OutputWebFetchServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_22 = (
                        OutputToolSearchServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_23 = (
                        OutputMemoryServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_24 = (
                        OutputMcpServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_25 = (
                        OutputSearchModelsServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_26 = (
                        OutputFusionServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_27 = (
                        OutputAdvisorServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_28 = (
                        OutputSubagentServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_output_items_type_29 = (
                        OutputFilesServerToolItem.from_dict(data)
                    )

                    return componentsschemas_output_items_type_29
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_output_items_type_30 = (
                    OutputCustomToolCallItem.from_dict(data)
                )

                return componentsschemas_output_items_type_30

            output_item = _parse_output_item(output_item_data)

            output.append(output_item)

        parallel_tool_calls = d.pop("parallel_tool_calls")

        presence_penalty: float | None = d.pop("presence_penalty")

        status = d.pop("status")

        temperature: float | None = d.pop("temperature")

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
        ):
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

        tool_choice = _parse_tool_choice(d.pop("tool_choice"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> (
                ApplyPatchServerTool
                | CodeInterpreterServerTool
                | CodexLocalShellTool
                | ComputerUseServerTool
                | CustomTool
                | FileSearchServerTool
                | ImageGenerationServerTool
                | LegacyWebSearchServerTool
                | McpServerTool
                | NamespaceTool
                | OpenResponsesResultToolsItemFunction
                | Preview20250311WebSearchServerTool
                | PreviewWebSearchServerTool
                | ShellServerTool
                | WebSearchServerTool
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = OpenResponsesResultToolsItemFunction.from_dict(
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
                    tools_item_type_2 = Preview20250311WebSearchServerTool.from_dict(
                        data
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
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_14 = NamespaceTool.from_dict(data)

                return tools_item_type_14

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        top_p: float | None = d.pop("top_p")

        background: bool | None | Unset = d.pop("background", UNSET)

        error_type = d.pop("error_type", UNSET)

        max_output_tokens: int | None | Unset = d.pop("max_output_tokens", UNSET)

        max_tool_calls: int | None | Unset = d.pop("max_tool_calls", UNSET)

        _openrouter_metadata = d.pop("openrouter_metadata", UNSET)
        openrouter_metadata: OpenRouterMetadata | Unset
        if isinstance(_openrouter_metadata, Unset):
            openrouter_metadata = UNSET
        else:
            openrouter_metadata = OpenRouterMetadata.from_dict(_openrouter_metadata)

        output_text = d.pop("output_text", UNSET)

        previous_response_id: None | str | Unset = d.pop("previous_response_id", UNSET)

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

        def _parse_reasoning(data: object) -> BaseReasoningConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = BaseReasoningConfig.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseReasoningConfig | None | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        safety_identifier: None | str | Unset = d.pop("safety_identifier", UNSET)

        service_tier: None | str | Unset = d.pop("service_tier", UNSET)

        store = d.pop("store", UNSET)

        _text = d.pop("text", UNSET)
        text: TextExtendedConfig | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = TextExtendedConfig.from_dict(_text)

        top_logprobs = d.pop("top_logprobs", UNSET)

        truncation: None | str | Unset = d.pop("truncation", UNSET)

        def _parse_usage(data: object) -> None | Unset | Usage:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = Usage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Usage, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        user: None | str | Unset = d.pop("user", UNSET)

        open_responses_result = cls(
            completed_at=completed_at,
            created_at=created_at,
            error=error,
            frequency_penalty=frequency_penalty,
            id=id,
            incomplete_details=incomplete_details,
            instructions=instructions,
            metadata=metadata,
            model=model,
            object=object,
            output=output,
            parallel_tool_calls=parallel_tool_calls,
            presence_penalty=presence_penalty,
            status=status,
            temperature=temperature,
            tool_choice=tool_choice,
            tools=tools,
            top_p=top_p,
            background=background,
            error_type=error_type,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            openrouter_metadata=openrouter_metadata,
            output_text=output_text,
            previous_response_id=previous_response_id,
            prompt=prompt,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            reasoning=reasoning,
            safety_identifier=safety_identifier,
            service_tier=service_tier,
            store=store,
            text=text,
            top_logprobs=top_logprobs,
            truncation=truncation,
            usage=usage,
            user=user,
        )

        open_responses_result.additional_properties = d
        return open_responses_result

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
