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

from ..models.messages_start_event_message_role import (
    MessagesStartEventMessageRole,
    check_messages_start_event_message_role,
)
from ..models.messages_start_event_message_type import (
    MessagesStartEventMessageType,
    check_messages_start_event_message_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_advisor_tool_result import AnthropicAdvisorToolResult
    from ..models.anthropic_bash_code_execution_tool_result import (
        AnthropicBashCodeExecutionToolResult,
    )
    from ..models.anthropic_code_execution_tool_result import (
        AnthropicCodeExecutionToolResult,
    )
    from ..models.anthropic_compaction_block import AnthropicCompactionBlock
    from ..models.anthropic_container import AnthropicContainer
    from ..models.anthropic_container_upload import AnthropicContainerUpload
    from ..models.anthropic_redacted_thinking_block import (
        AnthropicRedactedThinkingBlock,
    )
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
    from ..models.anthropic_text_block import AnthropicTextBlock
    from ..models.anthropic_text_editor_code_execution_tool_result import (
        AnthropicTextEditorCodeExecutionToolResult,
    )
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock
    from ..models.anthropic_tool_search_tool_result import AnthropicToolSearchToolResult
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock
    from ..models.anthropic_web_fetch_tool_result import AnthropicWebFetchToolResult
    from ..models.anthropic_web_search_tool_result import AnthropicWebSearchToolResult
    from ..models.messages_start_event_message_usage import (
        MessagesStartEventMessageUsage,
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
    ("..models.anthropic_container", "AnthropicContainer"),
    ("..models.anthropic_container_upload", "AnthropicContainerUpload"),
    ("..models.anthropic_redacted_thinking_block", "AnthropicRedactedThinkingBlock"),
    ("..models.anthropic_refusal_stop_details", "AnthropicRefusalStopDetails"),
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
    ("..models.messages_start_event_message_usage", "MessagesStartEventMessageUsage"),
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


T = TypeVar("T", bound="MessagesStartEventMessage")


@_attrs_define
class MessagesStartEventMessage(APIModel):
    """
    Attributes:
        container (AnthropicContainer | None):
        content (list[AnthropicAdvisorToolResult | AnthropicBashCodeExecutionToolResult |
            AnthropicCodeExecutionToolResult | AnthropicCompactionBlock | AnthropicContainerUpload |
            AnthropicRedactedThinkingBlock | AnthropicTextBlock | AnthropicTextEditorCodeExecutionToolResult |
            AnthropicThinkingBlock | AnthropicToolSearchToolResult | AnthropicToolUseBlock | AnthropicWebFetchToolResult |
            AnthropicWebSearchToolResult | ORAnthropicBashToolResult | ORAnthropicServerToolUseBlock |
            ORAnthropicShellToolResult]):
        id (str):
        model (str):
        role (MessagesStartEventMessageRole):
        stop_details (AnthropicRefusalStopDetails | None):
        stop_reason (None | str):
        stop_sequence (None | str):
        type (MessagesStartEventMessageType):
        usage (MessagesStartEventMessageUsage):
        provider (str | Unset): Open enum (the API adds values): known values `AnyScale`, `Atoma`, `Cent-ML`, `CrofAI`,
            `Enfer`, `GoPomelo`, `HuggingFace`, `Hyperbolic`, `Hyperbolic 2`, `InoCloud`, `Kluster`, `Lambda`, `Lepton`,
            `Lynn 2`, `Lynn`, `Mancer`, `Modal`, `Nineteen`, `OctoAI`, `Recursal`, `Reflection`, `Replicate`, `SambaNova 2`,
            `SF Compute`, `Targon`, `Together 2`, `Ubicloud`, `01.AI`, `AkashML`, `AI21`, `AionLabs`, `Alibaba`, `Ambient`,
            `Baidu`, `Amazon Bedrock`, `Amazon Nova`, `Anthropic`, `Arcee AI`, `AtlasCloud`, `Avian`, `Azure`, `BaseTen`,
            `BytePlus`, `Black Forest Labs`, `Cerebras`, `Chutes`, `Cirrascale`, `Claude Platform on AWS`, `Clarifai`,
            `Cloudflare`, `Cohere`, `CoreWeave`, `Crucible`, `Crusoe`, `Darkbloom`, `Databricks`, `Decart`, `Deepgram`,
            `DeepInfra`, `DeepSeek`, `DekaLLM`, `DigitalOcean`, `Featherless`, `Fireworks`, `Fish Audio`, `Friendli`,
            `GMICloud`, `Google`, `Google AI Studio`, `Groq`, `HeyGen`, `Inception`, `Inceptron`, `InferenceNet`,
            `Ionstream`, `Infermatic`, `Io Net`, `Inferact vLLM`, `Inflection`, `Liquid`, `Makora`, `Mara`, `Mancer 2`,
            `Meta`, `Minimax`, `ModelRun`, `Mistral`, `Modular`, `Moonshot AI`, `Morph`, `VoyageAI by MongoDB`, `NCompass`,
            `Nebius`, `Nex AGI`, `NextBit`, `Novita`, `Nvidia`, `OpenAI`, `OpenInference`, `Parasail`, `Poolside`,
            `Perceptron`, `Perplexity`, `Phala`, `Recraft`, `Reka`, `Relace`, `Sail Research`, `Sakana AI`, `SambaNova`,
            `Seed`, `SiliconFlow`, `Sourceful`, `StepFun`, `Stealth`, `StreamLake`, `Switchpoint`, `Tencent`, `Tenstorrent`,
            `Thinking Machines`, `Together`, `Upstage`, `Venice`, `Wafer`, `WandB`, `Quiver`, `Krea`, `Runway`, `Xiaomi`,
            `xAI`, `Z.AI`, `FakeProvider`.
    """

    container: AnthropicContainer | None
    content: list[
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
        | ORAnthropicBashToolResult
        | ORAnthropicServerToolUseBlock
        | ORAnthropicShellToolResult
    ]
    id: str
    model: str
    role: MessagesStartEventMessageRole
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: None | str
    stop_sequence: None | str
    type: MessagesStartEventMessageType
    usage: MessagesStartEventMessageUsage
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        container: dict[str, Any] | None
        if isinstance(self.container, AnthropicContainer):
            container = self.container.to_dict()
        else:
            container = self.container

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, AnthropicTextBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicToolUseBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicThinkingBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicRedactedThinkingBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ORAnthropicServerToolUseBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicWebSearchToolResult):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicWebFetchToolResult):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicCodeExecutionToolResult):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicBashCodeExecutionToolResult):
                content_item = content_item_data.to_dict()
            elif isinstance(
                content_item_data, AnthropicTextEditorCodeExecutionToolResult
            ):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicToolSearchToolResult):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicContainerUpload):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicCompactionBlock):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, AnthropicAdvisorToolResult):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ORAnthropicShellToolResult):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        id = self.id

        model = self.model

        role: str = self.role

        stop_details: dict[str, Any] | None
        if isinstance(self.stop_details, AnthropicRefusalStopDetails):
            stop_details = self.stop_details.to_dict()
        else:
            stop_details = self.stop_details

        stop_reason: None | str
        stop_reason = self.stop_reason

        stop_sequence: None | str
        stop_sequence = self.stop_sequence

        type: str = self.type

        usage = self.usage.to_dict()

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
                "content": content,
                "id": id,
                "model": model,
                "role": role,
                "stop_details": stop_details,
                "stop_reason": stop_reason,
                "stop_sequence": stop_sequence,
                "type": type,
                "usage": usage,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_container(data: object) -> AnthropicContainer | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_0 = AnthropicContainer.from_dict(data)

                return container_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicContainer | None, data)

        container = _parse_container(d.pop("container"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
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
                | ORAnthropicBashToolResult
                | ORAnthropicServerToolUseBlock
                | ORAnthropicShellToolResult
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_0 = (
                        AnthropicTextBlock.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_1 = (
                        AnthropicToolUseBlock.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_2 = (
                        AnthropicThinkingBlock.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_3 = (
                        AnthropicRedactedThinkingBlock.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_4 = (
                        ORAnthropicServerToolUseBlock.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_5 = (
                        AnthropicWebSearchToolResult.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_6 = (
                        AnthropicWebFetchToolResult.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_7 = (
                        AnthropicCodeExecutionToolResult.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_8 = (
                        AnthropicBashCodeExecutionToolResult.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_9 = (
                        AnthropicTextEditorCodeExecutionToolResult.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_10 = (
                        AnthropicToolSearchToolResult.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_11 = (
                        AnthropicContainerUpload.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_12 = (
                        AnthropicCompactionBlock.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_13 = (
                        AnthropicAdvisorToolResult.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_or_anthropic_content_block_type_14 = (
                        ORAnthropicShellToolResult.from_dict(data)
                    )

                    return componentsschemas_or_anthropic_content_block_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_or_anthropic_content_block_type_15 = (
                    ORAnthropicBashToolResult.from_dict(data)
                )

                return componentsschemas_or_anthropic_content_block_type_15

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        id = d.pop("id")

        model = d.pop("model")

        role = check_messages_start_event_message_role(d.pop("role"))

        def _parse_stop_details(data: object) -> AnthropicRefusalStopDetails | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stop_details_type_0 = AnthropicRefusalStopDetails.from_dict(data)

                return stop_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnthropicRefusalStopDetails | None, data)

        stop_details = _parse_stop_details(d.pop("stop_details"))

        stop_reason: None | str = d.pop("stop_reason")

        stop_sequence: None | str = d.pop("stop_sequence")

        type = check_messages_start_event_message_type(d.pop("type"))

        usage = MessagesStartEventMessageUsage.from_dict(d.pop("usage"))

        provider = d.pop("provider", UNSET)

        messages_start_event_message = cls(
            container=container,
            content=content,
            id=id,
            model=model,
            role=role,
            stop_details=stop_details,
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
            type=type,
            usage=usage,
            provider=provider,
        )

        messages_start_event_message.additional_properties = d
        return messages_start_event_message

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
