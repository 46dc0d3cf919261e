from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_events_response_output_item_done_type import (
    StreamEventsResponseOutputItemDoneType,
    check_stream_events_response_output_item_done_type,
)
from ..types import APIModel

if TYPE_CHECKING:
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
    from ..models.output_mcp_server_tool_item import OutputMcpServerToolItem
    from ..models.output_memory_server_tool_item import OutputMemoryServerToolItem
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

_LAZY_IMPORTS = (
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
    ("..models.output_mcp_server_tool_item", "OutputMcpServerToolItem"),
    ("..models.output_memory_server_tool_item", "OutputMemoryServerToolItem"),
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
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="StreamEventsResponseOutputItemDone")


@_attrs_define
class StreamEventsResponseOutputItemDone(APIModel):
    """
    Attributes:
        item (OutputAdvisorServerToolItem | OutputApplyPatchCallItem | OutputApplyPatchServerToolItem |
            OutputBashServerToolItem | OutputBrowserUseServerToolItem | OutputCodeInterpreterCallItem |
            OutputCodeInterpreterServerToolItem | OutputComputerCallItem | OutputCustomToolCallItem | OutputDatetimeItem |
            OutputFileSearchCallItem | OutputFileSearchServerToolItem | OutputFilesServerToolItem | OutputFunctionCallItem |
            OutputFusionServerToolItem | OutputImageGenerationCallItem | OutputImageGenerationServerToolItem |
            OutputMcpServerToolItem | OutputMemoryServerToolItem | OutputMessageItem | OutputReasoningItem |
            OutputSearchModelsServerToolItem | OutputShellCallItem | OutputShellCallOutputItem | OutputShellServerToolItem |
            OutputSubagentServerToolItem | OutputTextEditorServerToolItem | OutputToolSearchServerToolItem |
            OutputWebFetchServerToolItem | OutputWebSearchCallItem | OutputWebSearchServerToolItem):
        output_index (int):
        sequence_number (int):
        type (StreamEventsResponseOutputItemDoneType):
    """

    item: (
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
    )
    output_index: int
    sequence_number: int
    type: StreamEventsResponseOutputItemDoneType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        item: dict[str, Any]
        if isinstance(self.item, OutputMessageItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputReasoningItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputFunctionCallItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputWebSearchCallItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputFileSearchCallItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputImageGenerationCallItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputCodeInterpreterCallItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputComputerCallItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputDatetimeItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputWebSearchServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputCodeInterpreterServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputFileSearchServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputImageGenerationServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputBrowserUseServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputBashServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputTextEditorServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputApplyPatchServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputApplyPatchCallItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputShellCallItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputShellCallOutputItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputShellServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputWebFetchServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputToolSearchServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputMemoryServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputMcpServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputSearchModelsServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputFusionServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputAdvisorServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputSubagentServerToolItem):
            item = self.item.to_dict()
        elif isinstance(self.item, OutputFilesServerToolItem):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        output_index = self.output_index

        sequence_number = self.sequence_number

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_item(
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
                componentsschemas_output_items_type_1 = OutputReasoningItem.from_dict(
                    data
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
                componentsschemas_output_items_type_8 = OutputDatetimeItem.from_dict(
                    data
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
                componentsschemas_output_items_type_18 = OutputShellCallItem.from_dict(
                    data
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
            componentsschemas_output_items_type_30 = OutputCustomToolCallItem.from_dict(
                data
            )

            return componentsschemas_output_items_type_30

        item = _parse_item(d.pop("item"))

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type = check_stream_events_response_output_item_done_type(d.pop("type"))

        stream_events_response_output_item_done = cls(
            item=item,
            output_index=output_index,
            sequence_number=sequence_number,
            type=type,
        )

        stream_events_response_output_item_done.additional_properties = d
        return stream_events_response_output_item_done

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
