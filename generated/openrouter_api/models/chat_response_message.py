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

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.chat_annotation import ChatAnnotation
    from ..models.chat_assistant_image import ChatAssistantImage
    from ..models.chat_audio_output import ChatAudioOutput
    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo
    from ..models.chat_content_video_legacy import ChatContentVideoLegacy
    from ..models.chat_tool_call import ChatToolCall
    from ..models.reasoning_detail import ReasoningDetail

_LAZY_IMPORTS = (
    ("..models.chat_annotation", "ChatAnnotation"),
    ("..models.chat_assistant_image", "ChatAssistantImage"),
    ("..models.chat_audio_output", "ChatAudioOutput"),
    ("..models.chat_content_audio", "ChatContentAudio"),
    ("..models.chat_content_file", "ChatContentFile"),
    ("..models.chat_content_image", "ChatContentImage"),
    ("..models.chat_content_text", "ChatContentText"),
    ("..models.chat_content_video", "ChatContentVideo"),
    ("..models.chat_content_video_legacy", "ChatContentVideoLegacy"),
    ("..models.chat_tool_call", "ChatToolCall"),
    ("..models.reasoning_detail", "ReasoningDetail"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatResponseMessage")


@_attrs_define
class ChatResponseMessage(APIModel):
    """The assistant message of a response: the fields of ChatAssistantMessage, with `role` kept open because some
    providers send an empty role.

        Attributes:
            role (str): "assistant".
            content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo |
                ChatContentVideoLegacy] | None | str | Unset):
            name (str | Unset):
            tool_calls (list[ChatToolCall] | Unset):
            reasoning (None | str | Unset):
            reasoning_details (list[ReasoningDetail] | Unset):
            refusal (None | str | Unset):
            images (list[ChatAssistantImage] | Unset):
            audio (ChatAudioOutput | Unset):
            annotations (list[ChatAnnotation] | Unset):
            model (str | Unset):
    """

    role: str
    content: (
        list[
            ChatContentAudio
            | ChatContentFile
            | ChatContentImage
            | ChatContentText
            | ChatContentVideo
            | ChatContentVideoLegacy
        ]
        | None
        | str
        | Unset
    ) = UNSET
    name: str | Unset = UNSET
    tool_calls: list[ChatToolCall] | Unset = UNSET
    reasoning: None | str | Unset = UNSET
    reasoning_details: list[ReasoningDetail] | Unset = UNSET
    refusal: None | str | Unset = UNSET
    images: list[ChatAssistantImage] | Unset = UNSET
    audio: ChatAudioOutput | Unset = UNSET
    annotations: list[ChatAnnotation] | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        role = self.role

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, ChatContentText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ChatContentImage):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ChatContentAudio):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ChatContentVideo):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ChatContentVideoLegacy):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

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

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if images is not UNSET:
            field_dict["images"] = images
        if audio is not UNSET:
            field_dict["audio"] = audio
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        role = d.pop("role")

        def _parse_content(
            data: object,
        ) -> (
            list[
                ChatContentAudio
                | ChatContentFile
                | ChatContentImage
                | ChatContentText
                | ChatContentVideo
                | ChatContentVideoLegacy
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        ChatContentAudio
                        | ChatContentFile
                        | ChatContentImage
                        | ChatContentText
                        | ChatContentVideo
                        | ChatContentVideoLegacy
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_part_type_0 = (
                                ChatContentText.from_dict(data)
                            )

                            return componentsschemas_chat_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_part_type_1 = (
                                ChatContentImage.from_dict(data)
                            )

                            return componentsschemas_chat_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_part_type_2 = (
                                ChatContentAudio.from_dict(data)
                            )

                            return componentsschemas_chat_content_part_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_part_type_3 = (
                                ChatContentVideo.from_dict(data)
                            )

                            return componentsschemas_chat_content_part_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_part_type_4 = (
                                ChatContentVideoLegacy.from_dict(data)
                            )

                            return componentsschemas_chat_content_part_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_content_part_type_5 = (
                            ChatContentFile.from_dict(data)
                        )

                        return componentsschemas_chat_content_part_type_5

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ChatContentAudio
                    | ChatContentFile
                    | ChatContentImage
                    | ChatContentText
                    | ChatContentVideo
                    | ChatContentVideoLegacy
                ]
                | None
                | str
                | Unset,
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        name = d.pop("name", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

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

        _images = d.pop("images", UNSET)
        images: list[ChatAssistantImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = ChatAssistantImage.from_dict(images_item_data)

                images.append(images_item)

        _audio = d.pop("audio", UNSET)
        audio: ChatAudioOutput | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = ChatAudioOutput.from_dict(_audio)

        _annotations = d.pop("annotations", UNSET)
        annotations: list[ChatAnnotation] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = ChatAnnotation.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        model = d.pop("model", UNSET)

        chat_response_message = cls(
            role=role,
            content=content,
            name=name,
            tool_calls=tool_calls,
            reasoning=reasoning,
            reasoning_details=reasoning_details,
            refusal=refusal,
            images=images,
            audio=audio,
            annotations=annotations,
            model=model,
        )

        chat_response_message.additional_properties = d
        return chat_response_message

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
