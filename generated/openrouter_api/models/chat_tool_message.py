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

from ..models.chat_tool_message_role import (
    ChatToolMessageRole,
    check_chat_tool_message_role,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.chat_content_audio import ChatContentAudio
    from ..models.chat_content_file import ChatContentFile
    from ..models.chat_content_image import ChatContentImage
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_content_video import ChatContentVideo
    from ..models.legacy_chat_content_video import LegacyChatContentVideo

_LAZY_IMPORTS = (
    ("..models.chat_content_audio", "ChatContentAudio"),
    ("..models.chat_content_file", "ChatContentFile"),
    ("..models.chat_content_image", "ChatContentImage"),
    ("..models.chat_content_text", "ChatContentText"),
    ("..models.chat_content_video", "ChatContentVideo"),
    ("..models.legacy_chat_content_video", "LegacyChatContentVideo"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatToolMessage")


@_attrs_define
class ChatToolMessage(APIModel):
    """
    Attributes:
        content (list[ChatContentAudio | ChatContentFile | ChatContentImage | ChatContentText | ChatContentVideo |
            LegacyChatContentVideo] | str):
        role (ChatToolMessageRole):
        tool_call_id (str):
    """

    content: (
        list[
            ChatContentAudio
            | ChatContentFile
            | ChatContentImage
            | ChatContentText
            | ChatContentVideo
            | LegacyChatContentVideo
        ]
        | str
    )
    role: ChatToolMessageRole
    tool_call_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
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

        role: str = self.role

        tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
                "tool_call_id": tool_call_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

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
            | str
        ):
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
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        role = check_chat_tool_message_role(d.pop("role"))

        tool_call_id = d.pop("tool_call_id")

        chat_tool_message = cls(
            content=content,
            role=role,
            tool_call_id=tool_call_id,
        )

        chat_tool_message.additional_properties = d
        return chat_tool_message

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
