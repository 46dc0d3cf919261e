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

from ..models.messages_message_param_content_item_tool_result_type import (
    MessagesMessageParamContentItemToolResultType,
    check_messages_message_param_content_item_tool_result_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_document_block_param import AnthropicDocumentBlockParam
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_search_result_block_param import (
        AnthropicSearchResultBlockParam,
    )
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam
    from ..models.messages_message_param_content_item_content_item_tool_reference import (
        MessagesMessageParamContentItemContentItemToolReference,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    ("..models.anthropic_document_block_param", "AnthropicDocumentBlockParam"),
    ("..models.anthropic_image_block_param", "AnthropicImageBlockParam"),
    ("..models.anthropic_search_result_block_param", "AnthropicSearchResultBlockParam"),
    ("..models.anthropic_text_block_param", "AnthropicTextBlockParam"),
    (
        "..models.messages_message_param_content_item_content_item_tool_reference",
        "MessagesMessageParamContentItemContentItemToolReference",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesMessageParamContentItemToolResult")


@_attrs_define
class MessagesMessageParamContentItemToolResult(APIModel):
    """
    Attributes:
        tool_use_id (str):
        type (MessagesMessageParamContentItemToolResultType):
        cache_control (AnthropicCacheControlDirective | Unset):
        content (list[AnthropicDocumentBlockParam | AnthropicImageBlockParam | AnthropicSearchResultBlockParam |
            AnthropicTextBlockParam | MessagesMessageParamContentItemContentItemToolReference] | str | Unset):
        is_error (bool | Unset):
    """

    tool_use_id: str
    type: MessagesMessageParamContentItemToolResultType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    content: (
        list[
            AnthropicDocumentBlockParam
            | AnthropicImageBlockParam
            | AnthropicSearchResultBlockParam
            | AnthropicTextBlockParam
            | MessagesMessageParamContentItemContentItemToolReference
        ]
        | str
        | Unset
    ) = UNSET
    is_error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        tool_use_id = self.tool_use_id

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        content: list[dict[str, Any]] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, AnthropicTextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, AnthropicImageBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data,
                    MessagesMessageParamContentItemContentItemToolReference,
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, AnthropicSearchResultBlockParam
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        is_error = self.is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_use_id": tool_use_id,
                "type": type,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if content is not UNSET:
            field_dict["content"] = content
        if is_error is not UNSET:
            field_dict["is_error"] = is_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        tool_use_id = d.pop("tool_use_id")

        type = check_messages_message_param_content_item_tool_result_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        def _parse_content(
            data: object,
        ) -> (
            list[
                AnthropicDocumentBlockParam
                | AnthropicImageBlockParam
                | AnthropicSearchResultBlockParam
                | AnthropicTextBlockParam
                | MessagesMessageParamContentItemContentItemToolReference
            ]
            | str
            | Unset
        ):
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
                        AnthropicDocumentBlockParam
                        | AnthropicImageBlockParam
                        | AnthropicSearchResultBlockParam
                        | AnthropicTextBlockParam
                        | MessagesMessageParamContentItemContentItemToolReference
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_0 = (
                                AnthropicTextBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_1 = (
                                AnthropicImageBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_2 = MessagesMessageParamContentItemContentItemToolReference.from_dict(
                                data
                            )

                            return content_type_1_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_3 = (
                                AnthropicSearchResultBlockParam.from_dict(data)
                            )

                            return content_type_1_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_type_4 = (
                            AnthropicDocumentBlockParam.from_dict(data)
                        )

                        return content_type_1_item_type_4

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    AnthropicDocumentBlockParam
                    | AnthropicImageBlockParam
                    | AnthropicSearchResultBlockParam
                    | AnthropicTextBlockParam
                    | MessagesMessageParamContentItemContentItemToolReference
                ]
                | str
                | Unset,
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        is_error = d.pop("is_error", UNSET)

        messages_message_param_content_item_tool_result = cls(
            tool_use_id=tool_use_id,
            type=type,
            cache_control=cache_control,
            content=content,
            is_error=is_error,
        )

        messages_message_param_content_item_tool_result.additional_properties = d
        return messages_message_param_content_item_tool_result

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
