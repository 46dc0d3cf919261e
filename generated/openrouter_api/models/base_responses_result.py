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

from ..models.base_responses_result_object import (
    BaseResponsesResultObject,
    check_base_responses_result_object,
)
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
from ..models.service_tier import ServiceTier, check_service_tier
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call_item import ApplyPatchCallItem
    from ..models.apply_patch_call_output_item import ApplyPatchCallOutputItem
    from ..models.apply_patch_server_tool import ApplyPatchServerTool
    from ..models.base_inputs_item_message import BaseInputsItemMessage
    from ..models.base_reasoning_config import BaseReasoningConfig
    from ..models.base_responses_result_tools_item_function import (
        BaseResponsesResultToolsItemFunction,
    )
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
    from ..models.open_ai_responses_usage import OpenAIResponsesUsage
    from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall
    from ..models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall
    from ..models.output_item_custom_tool_call import OutputItemCustomToolCall
    from ..models.output_item_file_search_call import OutputItemFileSearchCall
    from ..models.output_item_function_call import OutputItemFunctionCall
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_item_reasoning import OutputItemReasoning
    from ..models.output_item_web_search_call import OutputItemWebSearchCall
    from ..models.output_message import OutputMessage
    from ..models.preview_20250311_web_search_server_tool import (
        Preview20250311WebSearchServerTool,
    )
    from ..models.preview_web_search_server_tool import PreviewWebSearchServerTool
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.request_metadata import RequestMetadata
    from ..models.responses_error_field import ResponsesErrorField
    from ..models.shell_server_tool import ShellServerTool
    from ..models.stored_prompt_template import StoredPromptTemplate
    from ..models.text_config import TextConfig
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.web_search_server_tool import WebSearchServerTool

_LAZY_IMPORTS = (
    ("..models.apply_patch_call_item", "ApplyPatchCallItem"),
    ("..models.apply_patch_call_output_item", "ApplyPatchCallOutputItem"),
    ("..models.apply_patch_server_tool", "ApplyPatchServerTool"),
    ("..models.base_inputs_item_message", "BaseInputsItemMessage"),
    ("..models.base_reasoning_config", "BaseReasoningConfig"),
    (
        "..models.base_responses_result_tools_item_function",
        "BaseResponsesResultToolsItemFunction",
    ),
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
    ("..models.open_ai_responses_usage", "OpenAIResponsesUsage"),
    ("..models.output_item_apply_patch_call", "OutputItemApplyPatchCall"),
    ("..models.output_item_code_interpreter_call", "OutputItemCodeInterpreterCall"),
    ("..models.output_item_custom_tool_call", "OutputItemCustomToolCall"),
    ("..models.output_item_file_search_call", "OutputItemFileSearchCall"),
    ("..models.output_item_function_call", "OutputItemFunctionCall"),
    ("..models.output_item_image_generation_call", "OutputItemImageGenerationCall"),
    ("..models.output_item_reasoning", "OutputItemReasoning"),
    ("..models.output_item_web_search_call", "OutputItemWebSearchCall"),
    ("..models.output_message", "OutputMessage"),
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
    ("..models.text_config", "TextConfig"),
    ("..models.tool_choice_allowed", "ToolChoiceAllowed"),
    ("..models.web_search_server_tool", "WebSearchServerTool"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="BaseResponsesResult")


@_attrs_define
class BaseResponsesResult(APIModel):
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
        object (BaseResponsesResultObject):
        output (list[OutputItemApplyPatchCall | OutputItemCodeInterpreterCall | OutputItemCustomToolCall |
            OutputItemFileSearchCall | OutputItemFunctionCall | OutputItemImageGenerationCall | OutputItemReasoning |
            OutputItemWebSearchCall | OutputMessage]):
        parallel_tool_calls (bool):
        presence_penalty (float | None):
        status (str): Open enum (the API adds values): known values `completed`, `incomplete`, `in_progress`, `failed`,
            `cancelled`, `queued`.
        temperature (float | None):
        tool_choice (OpenAIResponsesToolChoiceApplyPatch | OpenAIResponsesToolChoiceFunction |
            OpenAIResponsesToolChoiceShell | OpenAIResponsesToolChoiceType0 | OpenAIResponsesToolChoiceType1 |
            OpenAIResponsesToolChoiceType2 | OpenAIResponsesToolChoiceVariant4 | ToolChoiceAllowed):
        tools (list[ApplyPatchServerTool | BaseResponsesResultToolsItemFunction | CodeInterpreterServerTool |
            CodexLocalShellTool | ComputerUseServerTool | CustomTool | FileSearchServerTool | ImageGenerationServerTool |
            LegacyWebSearchServerTool | McpServerTool | NamespaceTool | Preview20250311WebSearchServerTool |
            PreviewWebSearchServerTool | ShellServerTool | WebSearchServerTool]):
        top_p (float | None):
        background (bool | None | Unset):
        max_output_tokens (int | None | Unset):
        max_tool_calls (int | None | Unset):
        output_text (str | Unset):
        previous_response_id (None | str | Unset):
        prompt (None | StoredPromptTemplate | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_options (None | PromptCacheOptions | Unset):
        reasoning (BaseReasoningConfig | None | Unset):
        safety_identifier (None | str | Unset):
        service_tier (None | ServiceTier | Unset):
        store (bool | Unset):
        text (TextConfig | Unset):
        top_logprobs (int | Unset):
        truncation (None | str | Unset):
        usage (OpenAIResponsesUsage | Unset):
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
    object: BaseResponsesResultObject
    output: list[
        OutputItemApplyPatchCall
        | OutputItemCodeInterpreterCall
        | OutputItemCustomToolCall
        | OutputItemFileSearchCall
        | OutputItemFunctionCall
        | OutputItemImageGenerationCall
        | OutputItemReasoning
        | OutputItemWebSearchCall
        | OutputMessage
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
        | BaseResponsesResultToolsItemFunction
        | CodeInterpreterServerTool
        | CodexLocalShellTool
        | ComputerUseServerTool
        | CustomTool
        | FileSearchServerTool
        | ImageGenerationServerTool
        | LegacyWebSearchServerTool
        | McpServerTool
        | NamespaceTool
        | Preview20250311WebSearchServerTool
        | PreviewWebSearchServerTool
        | ShellServerTool
        | WebSearchServerTool
    ]
    top_p: float | None
    background: bool | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    output_text: str | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt: None | StoredPromptTemplate | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    reasoning: BaseReasoningConfig | None | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: None | ServiceTier | Unset = UNSET
    store: bool | Unset = UNSET
    text: TextConfig | Unset = UNSET
    top_logprobs: int | Unset = UNSET
    truncation: None | str | Unset = UNSET
    usage: OpenAIResponsesUsage | Unset = UNSET
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
            if isinstance(output_item_data, OutputMessage):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputItemReasoning):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputItemFunctionCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputItemCustomToolCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputItemWebSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputItemFileSearchCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputItemImageGenerationCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, OutputItemApplyPatchCall):
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
            if isinstance(tools_item_data, BaseResponsesResultToolsItemFunction):
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
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
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

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

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
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
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

        object = check_base_responses_result_object(d.pop("object"))

        output = []
        _output = d.pop("output")
        for output_item_data in _output:

            def _parse_output_item(
                data: object,
            ) -> (
                OutputItemApplyPatchCall
                | OutputItemCodeInterpreterCall
                | OutputItemCustomToolCall
                | OutputItemFileSearchCall
                | OutputItemFunctionCall
                | OutputItemImageGenerationCall
                | OutputItemReasoning
                | OutputItemWebSearchCall
                | OutputMessage
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_item_type_0 = OutputMessage.from_dict(data)

                    return output_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_item_type_1 = OutputItemReasoning.from_dict(data)

                    return output_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_item_type_2 = OutputItemFunctionCall.from_dict(data)

                    return output_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_item_type_3 = OutputItemCustomToolCall.from_dict(data)

                    return output_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_item_type_4 = OutputItemWebSearchCall.from_dict(data)

                    return output_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_item_type_5 = OutputItemFileSearchCall.from_dict(data)

                    return output_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_item_type_6 = OutputItemImageGenerationCall.from_dict(data)

                    return output_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_item_type_7 = OutputItemApplyPatchCall.from_dict(data)

                    return output_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                output_item_type_8 = OutputItemCodeInterpreterCall.from_dict(data)

                return output_item_type_8

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
                | BaseResponsesResultToolsItemFunction
                | CodeInterpreterServerTool
                | CodexLocalShellTool
                | ComputerUseServerTool
                | CustomTool
                | FileSearchServerTool
                | ImageGenerationServerTool
                | LegacyWebSearchServerTool
                | McpServerTool
                | NamespaceTool
                | Preview20250311WebSearchServerTool
                | PreviewWebSearchServerTool
                | ShellServerTool
                | WebSearchServerTool
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = BaseResponsesResultToolsItemFunction.from_dict(
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

        max_output_tokens: int | None | Unset = d.pop("max_output_tokens", UNSET)

        max_tool_calls: int | None | Unset = d.pop("max_tool_calls", UNSET)

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

        def _parse_service_tier(data: object) -> None | ServiceTier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_0 = check_service_tier(data)

                return service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceTier | Unset, data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        store = d.pop("store", UNSET)

        _text = d.pop("text", UNSET)
        text: TextConfig | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = TextConfig.from_dict(_text)

        top_logprobs = d.pop("top_logprobs", UNSET)

        truncation: None | str | Unset = d.pop("truncation", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: OpenAIResponsesUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = OpenAIResponsesUsage.from_dict(_usage)

        user: None | str | Unset = d.pop("user", UNSET)

        base_responses_result = cls(
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
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
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

        base_responses_result.additional_properties = d
        return base_responses_result

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
