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
    from ..models.chat_assistant_image import ChatAssistantImage
    from ..models.chat_audio_output import ChatAudioOutput
    from ..models.chat_stream_tool_call import ChatStreamToolCall
    from ..models.reasoning_detail import ReasoningDetail

_LAZY_IMPORTS = (
    ("..models.chat_annotation", "ChatAnnotation"),
    ("..models.chat_assistant_image", "ChatAssistantImage"),
    ("..models.chat_audio_output", "ChatAudioOutput"),
    ("..models.chat_stream_tool_call", "ChatStreamToolCall"),
    ("..models.reasoning_detail", "ReasoningDetail"),
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
        role (str | Unset):
        content (None | str | Unset):
        reasoning (None | str | Unset):
        reasoning_details (list[ReasoningDetail] | Unset):
        refusal (None | str | Unset):
        tool_calls (list[ChatStreamToolCall] | Unset):
        audio (ChatAudioOutput | Unset):
        images (list[ChatAssistantImage] | Unset):
        annotations (list[ChatAnnotation] | Unset):
    """

    role: str | Unset = UNSET
    content: None | str | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    reasoning_details: list[ReasoningDetail] | Unset = UNSET
    refusal: None | str | Unset = UNSET
    tool_calls: list[ChatStreamToolCall] | Unset = UNSET
    audio: ChatAudioOutput | Unset = UNSET
    images: list[ChatAssistantImage] | Unset = UNSET
    annotations: list[ChatAnnotation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        reasoning: None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        reasoning_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasoning_details, Unset):
            reasoning_details = []
            for reasoning_details_item_data in self.reasoning_details:
                reasoning_details_item = reasoning_details_item_data.to_dict()
                reasoning_details.append(reasoning_details_item)

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if audio is not UNSET:
            field_dict["audio"] = audio
        if images is not UNSET:
            field_dict["images"] = images
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        content: None | str | Unset = d.pop("content", UNSET)

        reasoning: None | str | Unset = d.pop("reasoning", UNSET)

        _reasoning_details = d.pop("reasoning_details", UNSET)
        reasoning_details: list[ReasoningDetail] | Unset = UNSET
        if _reasoning_details is not UNSET:
            reasoning_details = []
            for reasoning_details_item_data in _reasoning_details:
                reasoning_details_item = ReasoningDetail.from_dict(
                    reasoning_details_item_data
                )

                reasoning_details.append(reasoning_details_item)

        refusal: None | str | Unset = d.pop("refusal", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatStreamToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatStreamToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        _audio = d.pop("audio", UNSET)
        audio: ChatAudioOutput | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = ChatAudioOutput.from_dict(_audio)

        _images = d.pop("images", UNSET)
        images: list[ChatAssistantImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ChatAssistantImage.from_dict(images_item_data)

                images.append(images_item)

        _annotations = d.pop("annotations", UNSET)
        annotations: list[ChatAnnotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = ChatAnnotation.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        chat_stream_delta = cls(
            role=role,
            content=content,
            reasoning=reasoning,
            reasoning_details=reasoning_details,
            refusal=refusal,
            tool_calls=tool_calls,
            audio=audio,
            images=images,
            annotations=annotations,
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
