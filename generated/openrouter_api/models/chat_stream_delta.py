from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.chat_annotation import ChatAnnotation
    from ..models.chat_assistant_images_item import ChatAssistantImagesItem
    from ..models.chat_audio_output import ChatAudioOutput
    from ..models.chat_stream_tool_call import ChatStreamToolCall
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted
    from ..models.reasoning_detail_other import ReasoningDetailOther
    from ..models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall
    from ..models.reasoning_detail_summary import ReasoningDetailSummary
    from ..models.reasoning_detail_text import ReasoningDetailText

_LAZY_IMPORTS = (
    ("..models.chat_annotation", "ChatAnnotation"),
    ("..models.chat_assistant_images_item", "ChatAssistantImagesItem"),
    ("..models.chat_audio_output", "ChatAudioOutput"),
    ("..models.chat_stream_tool_call", "ChatStreamToolCall"),
    ("..models.reasoning_detail_encrypted", "ReasoningDetailEncrypted"),
    ("..models.reasoning_detail_other", "ReasoningDetailOther"),
    ("..models.reasoning_detail_server_tool_call", "ReasoningDetailServerToolCall"),
    ("..models.reasoning_detail_summary", "ReasoningDetailSummary"),
    ("..models.reasoning_detail_text", "ReasoningDetailText"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatStreamDelta")


@_attrs_define
class ChatStreamDelta(APIModel):
    """
    Attributes:
        annotations (list[ChatAnnotation] | Unset):
        audio (ChatAudioOutput | Unset):
        content (None | str | Unset):
        images (list[ChatAssistantImagesItem] | Unset):
        reasoning (None | str | Unset):
        reasoning_details (list[ReasoningDetailEncrypted | ReasoningDetailOther | ReasoningDetailServerToolCall |
            ReasoningDetailSummary | ReasoningDetailText] | Unset):
        refusal (None | str | Unset):
        role (str | Unset):
        tool_calls (list[ChatStreamToolCall] | Unset):
    """

    annotations: list[ChatAnnotation] | Unset = UNSET
    audio: ChatAudioOutput | Unset = UNSET
    content: None | str | Unset = UNSET
    images: list[ChatAssistantImagesItem] | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    reasoning_details: (
        list[
            ReasoningDetailEncrypted
            | ReasoningDetailOther
            | ReasoningDetailServerToolCall
            | ReasoningDetailSummary
            | ReasoningDetailText
        ]
        | Unset
    ) = UNSET
    refusal: None | str | Unset = UNSET
    role: str | Unset = UNSET
    tool_calls: list[ChatStreamToolCall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for componentsschemas_chat_assistant_images_item_data in self.images:
                componentsschemas_chat_assistant_images_item = (
                    componentsschemas_chat_assistant_images_item_data.to_dict()
                )
                images.append(componentsschemas_chat_assistant_images_item)

        reasoning: None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        reasoning_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasoning_details, Unset):
            reasoning_details = []
            for (
                componentsschemas_chat_stream_reasoning_details_item_data
            ) in self.reasoning_details:
                componentsschemas_chat_stream_reasoning_details_item: dict[str, Any]
                if isinstance(
                    componentsschemas_chat_stream_reasoning_details_item_data,
                    ReasoningDetailSummary,
                ):
                    componentsschemas_chat_stream_reasoning_details_item = componentsschemas_chat_stream_reasoning_details_item_data.to_dict()
                elif isinstance(
                    componentsschemas_chat_stream_reasoning_details_item_data,
                    ReasoningDetailEncrypted,
                ):
                    componentsschemas_chat_stream_reasoning_details_item = componentsschemas_chat_stream_reasoning_details_item_data.to_dict()
                elif isinstance(
                    componentsschemas_chat_stream_reasoning_details_item_data,
                    ReasoningDetailText,
                ):
                    componentsschemas_chat_stream_reasoning_details_item = componentsschemas_chat_stream_reasoning_details_item_data.to_dict()
                elif isinstance(
                    componentsschemas_chat_stream_reasoning_details_item_data,
                    ReasoningDetailServerToolCall,
                ):
                    componentsschemas_chat_stream_reasoning_details_item = componentsschemas_chat_stream_reasoning_details_item_data.to_dict()
                else:
                    componentsschemas_chat_stream_reasoning_details_item = componentsschemas_chat_stream_reasoning_details_item_data.to_dict()

                reasoning_details.append(
                    componentsschemas_chat_stream_reasoning_details_item
                )

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        role = self.role

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if audio is not UNSET:
            field_dict["audio"] = audio
        if content is not UNSET:
            field_dict["content"] = content
        if images is not UNSET:
            field_dict["images"] = images
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if role is not UNSET:
            field_dict["role"] = role
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _annotations = d.pop("annotations", UNSET)
        annotations: list[ChatAnnotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = ChatAnnotation.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        _audio = d.pop("audio", UNSET)
        audio: ChatAudioOutput | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = ChatAudioOutput.from_dict(_audio)

        content: None | str | Unset = d.pop("content", UNSET)

        _images = d.pop("images", UNSET)
        images: list[ChatAssistantImagesItem] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for componentsschemas_chat_assistant_images_item_data in _images:
                componentsschemas_chat_assistant_images_item = (
                    ChatAssistantImagesItem.from_dict(
                        componentsschemas_chat_assistant_images_item_data
                    )
                )

                images.append(componentsschemas_chat_assistant_images_item)

        reasoning: None | str | Unset = d.pop("reasoning", UNSET)

        _reasoning_details = d.pop("reasoning_details", UNSET)
        reasoning_details: (
            list[
                ReasoningDetailEncrypted
                | ReasoningDetailOther
                | ReasoningDetailServerToolCall
                | ReasoningDetailSummary
                | ReasoningDetailText
            ]
            | Unset
        ) = UNSET
        if _reasoning_details is not UNSET:
            reasoning_details = []
            for (
                componentsschemas_chat_stream_reasoning_details_item_data
            ) in _reasoning_details:

                def _parse_componentsschemas_chat_stream_reasoning_details_item(
                    data: object,
                ) -> (
                    ReasoningDetailEncrypted
                    | ReasoningDetailOther
                    | ReasoningDetailServerToolCall
                    | ReasoningDetailSummary
                    | ReasoningDetailText
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_reasoning_detail_union_type_0 = (
                            ReasoningDetailSummary.from_dict(data)
                        )

                        return componentsschemas_reasoning_detail_union_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_reasoning_detail_union_type_1 = (
                            ReasoningDetailEncrypted.from_dict(data)
                        )

                        return componentsschemas_reasoning_detail_union_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_reasoning_detail_union_type_2 = (
                            ReasoningDetailText.from_dict(data)
                        )

                        return componentsschemas_reasoning_detail_union_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_reasoning_detail_union_type_3 = (
                            ReasoningDetailServerToolCall.from_dict(data)
                        )

                        return componentsschemas_reasoning_detail_union_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_reasoning_detail_union_type_4 = (
                        ReasoningDetailOther.from_dict(data)
                    )

                    return componentsschemas_reasoning_detail_union_type_4

                componentsschemas_chat_stream_reasoning_details_item = (
                    _parse_componentsschemas_chat_stream_reasoning_details_item(
                        componentsschemas_chat_stream_reasoning_details_item_data
                    )
                )

                reasoning_details.append(
                    componentsschemas_chat_stream_reasoning_details_item
                )

        refusal: None | str | Unset = d.pop("refusal", UNSET)

        role = d.pop("role", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatStreamToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatStreamToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        chat_stream_delta = cls(
            annotations=annotations,
            audio=audio,
            content=content,
            images=images,
            reasoning=reasoning,
            reasoning_details=reasoning_details,
            refusal=refusal,
            role=role,
            tool_calls=tool_calls,
        )

        chat_stream_delta.additional_properties = d
        return chat_stream_delta

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
