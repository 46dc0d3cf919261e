from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_content_block_start_event_type import (
    MessagesContentBlockStartEventType,
    check_messages_content_block_start_event_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
    from ..models.anthropic_bash_code_execution_tool_result import (
        AnthropicBashCodeExecutionToolResult,
    )
    from ..models.anthropic_code_execution_tool_result import (
        AnthropicCodeExecutionToolResult,
    )
    from ..models.anthropic_compaction_block import AnthropicCompactionBlock
    from ..models.anthropic_container_upload import AnthropicContainerUpload
    from ..models.anthropic_redacted_thinking_block import (
        AnthropicRedactedThinkingBlock,
    )
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_text_editor_code_execution_tool_result import (
        AnthropicTextEditorCodeExecutionToolResult,
    )
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from ..models.messages_content_block_start_event_content_block_compaction import (
        MessagesContentBlockStartEventContentBlockCompaction,
    )
    from ..models.or_anthropic_bash_tool_result import ORAnthropicBashToolResult
    from ..models.or_anthropic_server_tool_use_block import (
        ORAnthropicServerToolUseBlock,
    )
    from ..models.or_anthropic_shell_tool_result import ORAnthropicShellToolResult

_LAZY_IMPORTS = (
    ("..models.anthropic_advisor_tool_result", "AnthropicAdvisorToolResult"),
    (
        "..models.anthropic_bash_code_execution_tool_result",
        "AnthropicBashCodeExecutionToolResult",
    ),
    (
        "..models.anthropic_code_execution_tool_result",
        "AnthropicCodeExecutionToolResult",
    ),
    ("..models.anthropic_compaction_block", "AnthropicCompactionBlock"),
    ("..models.anthropic_container_upload", "AnthropicContainerUpload"),
    ("..models.anthropic_redacted_thinking_block", "AnthropicRedactedThinkingBlock"),
    ("..models.anthropic_text_block", "AnthropicTextBlock"),
    (
        "..models.anthropic_text_editor_code_execution_tool_result",
        "AnthropicTextEditorCodeExecutionToolResult",
    ),
    ("..models.anthropic_thinking_block", "AnthropicThinkingBlock"),
    ("..models.anthropic_tool_search_tool_result", "AnthropicToolSearchToolResult"),
    ("..models.anthropic_tool_use_block", "AnthropicToolUseBlock"),
    ("..models.anthropic_web_fetch_tool_result", "AnthropicWebFetchToolResult"),
    ("..models.anthropic_web_search_tool_result", "AnthropicWebSearchToolResult"),
    (
        "..models.messages_content_block_start_event_content_block_compaction",
        "MessagesContentBlockStartEventContentBlockCompaction",
    ),
    ("..models.or_anthropic_bash_tool_result", "ORAnthropicBashToolResult"),
    ("..models.or_anthropic_server_tool_use_block", "ORAnthropicServerToolUseBlock"),
    ("..models.or_anthropic_shell_tool_result", "ORAnthropicShellToolResult"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesContentBlockStartEvent")


@_attrs_define
class MessagesContentBlockStartEvent(APIModel):
    """
    Attributes:
        content_block (AnthropicAdvisorToolResult | AnthropicBashCodeExecutionToolResult |
            AnthropicCodeExecutionToolResult | AnthropicCompactionBlock | AnthropicContainerUpload |
            AnthropicRedactedThinkingBlock | AnthropicTextBlock | AnthropicTextEditorCodeExecutionToolResult |
            AnthropicThinkingBlock | AnthropicToolSearchToolResult | AnthropicToolUseBlock | AnthropicWebFetchToolResult |
            AnthropicWebSearchToolResult | MessagesContentBlockStartEventContentBlockCompaction | ORAnthropicBashToolResult
            | ORAnthropicServerToolUseBlock | ORAnthropicShellToolResult):
        index (int):
        type (MessagesContentBlockStartEventType):
    """

    content_block: (
        AnthropicAdvisorToolResult
        | AnthropicBashCodeExecutionToolResult
        | AnthropicCodeExecutionToolResult
        | AnthropicCompactionBlock
        | AnthropicContainerUpload
        | AnthropicRedactedThinkingBlock
        | AnthropicTextBlock
        | AnthropicTextEditorCodeExecutionToolResult
        | AnthropicThinkingBlock
        | AnthropicToolSearchToolResult
        | AnthropicToolUseBlock
        | AnthropicWebFetchToolResult
        | AnthropicWebSearchToolResult
        | MessagesContentBlockStartEventContentBlockCompaction
        | ORAnthropicBashToolResult
        | ORAnthropicServerToolUseBlock
        | ORAnthropicShellToolResult
    )
    index: int
    type: MessagesContentBlockStartEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content_block: dict[str, Any]
        if isinstance(self.content_block, AnthropicTextBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicToolUseBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicThinkingBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicRedactedThinkingBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ORAnthropicServerToolUseBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicWebSearchToolResult):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicWebFetchToolResult):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicCodeExecutionToolResult):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicBashCodeExecutionToolResult):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicTextEditorCodeExecutionToolResult):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicToolSearchToolResult):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicContainerUpload):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicCompactionBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, AnthropicAdvisorToolResult):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ORAnthropicShellToolResult):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ORAnthropicBashToolResult):
            content_block = self.content_block.to_dict()
        else:
            content_block = self.content_block.to_dict()

        index = self.index

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_block": content_block,
                "index": index,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_content_block(
            data: object,
        ) -> (
            AnthropicAdvisorToolResult
            | AnthropicBashCodeExecutionToolResult
            | AnthropicCodeExecutionToolResult
            | AnthropicCompactionBlock
            | AnthropicContainerUpload
            | AnthropicRedactedThinkingBlock
            | AnthropicTextBlock
            | AnthropicTextEditorCodeExecutionToolResult
            | AnthropicThinkingBlock
            | AnthropicToolSearchToolResult
            | AnthropicToolUseBlock
            | AnthropicWebFetchToolResult
            | AnthropicWebSearchToolResult
            | MessagesContentBlockStartEventContentBlockCompaction
            | ORAnthropicBashToolResult
            | ORAnthropicServerToolUseBlock
            | ORAnthropicShellToolResult
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_0 = AnthropicTextBlock.from_dict(data)

                return content_block_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_1 = AnthropicToolUseBlock.from_dict(data)

                return content_block_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_2 = AnthropicThinkingBlock.from_dict(data)

                return content_block_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_3 = AnthropicRedactedThinkingBlock.from_dict(data)

                return content_block_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_4 = ORAnthropicServerToolUseBlock.from_dict(data)

                return content_block_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_5 = AnthropicWebSearchToolResult.from_dict(data)

                return content_block_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_6 = AnthropicWebFetchToolResult.from_dict(data)

                return content_block_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_7 = AnthropicCodeExecutionToolResult.from_dict(data)

                return content_block_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_8 = AnthropicBashCodeExecutionToolResult.from_dict(
                    data
                )

                return content_block_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_9 = (
                    AnthropicTextEditorCodeExecutionToolResult.from_dict(data)
                )

                return content_block_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_10 = AnthropicToolSearchToolResult.from_dict(data)

                return content_block_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_11 = AnthropicContainerUpload.from_dict(data)

                return content_block_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_12 = AnthropicCompactionBlock.from_dict(data)

                return content_block_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_13 = AnthropicAdvisorToolResult.from_dict(data)

                return content_block_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_14 = ORAnthropicShellToolResult.from_dict(data)

                return content_block_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_type_15 = ORAnthropicBashToolResult.from_dict(data)

                return content_block_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            content_block_type_16 = (
                MessagesContentBlockStartEventContentBlockCompaction.from_dict(data)
            )

            return content_block_type_16

        content_block = _parse_content_block(d.pop("content_block"))

        index = d.pop("index")

        type = check_messages_content_block_start_event_type(d.pop("type"))

        messages_content_block_start_event = cls(
            content_block=content_block,
            index=index,
            type=type,
        )

        messages_content_block_start_event.additional_properties = d
        return messages_content_block_start_event

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
