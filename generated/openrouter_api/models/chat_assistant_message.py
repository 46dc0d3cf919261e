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
    from ..models.chat_assistant_images_item import ChatAssistantImagesItem
    from ..models.chat_audio_output import ChatAudioOutput
    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo
    from ..models.chat_tool_call import ChatToolCall
    from ..models.legacy_chat_content_video import LegacyChatContentVideo
    from ..models.reasoning_detail_encrypted import ReasoningDetailEncrypted
    from ..models.reasoning_detail_other import ReasoningDetailOther
    from ..models.reasoning_detail_server_tool_call import ReasoningDetailServerToolCall
    from ..models.reasoning_detail_summary import ReasoningDetailSummary
    from ..models.reasoning_detail_text import ReasoningDetailText

_LAZY_IMPORTS = (
    ("..models.chat_annotation", "ChatAnnotation"),
    ("..models.chat_assistant_images_item", "ChatAssistantImagesItem"),
    ("..models.chat_audio_output", "ChatAudioOutput"),
    ("..models.chat_content_audio", "ChatContentAudio"),
    ("..models.chat_content_file", "ChatContentFile"),
    ("..models.chat_content_image", "ChatContentImage"),
    ("..models.chat_content_text", "ChatContentText"),
    ("..models.chat_content_video", "ChatContentVideo"),
    ("..models.chat_tool_call", "ChatToolCall"),
    ("..models.legacy_chat_content_video", "LegacyChatContentVideo"),
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


T = TypeVar("T", bound="ChatAssistantMessage")


@_attrs_define
class ChatAssistantMessage(APIModel):
    """
    Attributes:
        role (str):
        annotations (list[ChatAnnotation] | Unset):
        audio (ChatAudioOutput | Unset):
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo |
            LegacyChatContentVideo] | None | str | Unset):
        images (list[ChatAssistantImagesItem] | Unset):
        model (str | Unset):
        name (str | Unset):
        reasoning (None | str | Unset):
        reasoning_details (list[ReasoningDetailEncrypted | ReasoningDetailOther | ReasoningDetailServerToolCall |
            ReasoningDetailSummary | ReasoningDetailText] | Unset):
        refusal (None | str | Unset):
        tool_calls (list[ChatToolCall] | Unset):
    """

    role: str
    annotations: list[ChatAnnotation] | Unset = UNSET
    audio: ChatAudioOutput | Unset = UNSET
    content: (
        list[
            ChatContentAudio
            | ChatContentFile
            | ChatContentImage
            | ChatContentText
            | ChatContentVideo
            | LegacyChatContentVideo
        ]
        | None
        | str
        | Unset
    ) = UNSET
    images: list[ChatAssistantImagesItem] | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
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
    tool_calls: list[ChatToolCall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        role = self.role

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

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
                elif isinstance(content_type_1_item_data, LegacyChatContentVideo):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ChatContentVideo):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

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

        model = self.model

        name = self.name

        reasoning: None | str | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        reasoning_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reasoning_details, Unset):
            reasoning_details = []
            for (
                componentsschemas_chat_reasoning_details_item_data
            ) in self.reasoning_details:
                componentsschemas_chat_reasoning_details_item: dict[str, Any]
                if isinstance(
                    componentsschemas_chat_reasoning_details_item_data,
                    ReasoningDetailSummary,
                ):
                    componentsschemas_chat_reasoning_details_item = (
                        componentsschemas_chat_reasoning_details_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_chat_reasoning_details_item_data,
                    ReasoningDetailEncrypted,
                ):
                    componentsschemas_chat_reasoning_details_item = (
                        componentsschemas_chat_reasoning_details_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_chat_reasoning_details_item_data,
                    ReasoningDetailText,
                ):
                    componentsschemas_chat_reasoning_details_item = (
                        componentsschemas_chat_reasoning_details_item_data.to_dict()
                    )
                elif isinstance(
                    componentsschemas_chat_reasoning_details_item_data,
                    ReasoningDetailServerToolCall,
                ):
                    componentsschemas_chat_reasoning_details_item = (
                        componentsschemas_chat_reasoning_details_item_data.to_dict()
                    )
                else:
                    componentsschemas_chat_reasoning_details_item = (
                        componentsschemas_chat_reasoning_details_item_data.to_dict()
                    )

                reasoning_details.append(componentsschemas_chat_reasoning_details_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if audio is not UNSET:
            field_dict["audio"] = audio
        if content is not UNSET:
            field_dict["content"] = content
        if images is not UNSET:
            field_dict["images"] = images
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if reasoning_details is not UNSET:
            field_dict["reasoning_details"] = reasoning_details
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        role = d.pop("role")

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

        def _parse_content(
            data: object,
        ) -> (
            list[
                ChatContentAudio
                | ChatContentFile
                | ChatContentImage
                | ChatContentText
                | ChatContentVideo
                | LegacyChatContentVideo
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
                        | LegacyChatContentVideo
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_items_type_0 = (
                                ChatContentText.from_dict(data)
                            )

                            return componentsschemas_chat_content_items_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_items_type_1 = (
                                ChatContentImage.from_dict(data)
                            )

                            return componentsschemas_chat_content_items_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_items_type_2 = (
                                ChatContentAudio.from_dict(data)
                            )

                            return componentsschemas_chat_content_items_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_items_type_3 = (
                                LegacyChatContentVideo.from_dict(data)
                            )

                            return componentsschemas_chat_content_items_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_content_items_type_4 = (
                                ChatContentVideo.from_dict(data)
                            )

                            return componentsschemas_chat_content_items_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_content_items_type_5 = (
                            ChatContentFile.from_dict(data)
                        )

                        return componentsschemas_chat_content_items_type_5

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
                    | LegacyChatContentVideo
                ]
                | None
                | str
                | Unset,
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

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

        model = d.pop("model", UNSET)

        name = d.pop("name", UNSET)

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
                componentsschemas_chat_reasoning_details_item_data
            ) in _reasoning_details:

                def _parse_componentsschemas_chat_reasoning_details_item(
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

                componentsschemas_chat_reasoning_details_item = (
                    _parse_componentsschemas_chat_reasoning_details_item(
                        componentsschemas_chat_reasoning_details_item_data
                    )
                )

                reasoning_details.append(componentsschemas_chat_reasoning_details_item)

        refusal: None | str | Unset = d.pop("refusal", UNSET)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[ChatToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = ChatToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        chat_assistant_message = cls(
            role=role,
            annotations=annotations,
            audio=audio,
            content=content,
            images=images,
            model=model,
            name=name,
            reasoning=reasoning,
            reasoning_details=reasoning_details,
            refusal=refusal,
            tool_calls=tool_calls,
        )

        chat_assistant_message.additional_properties = d
        return chat_assistant_message

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
