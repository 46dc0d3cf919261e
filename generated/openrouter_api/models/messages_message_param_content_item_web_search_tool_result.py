from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_content_item_web_search_tool_result_type import (
    MessagesMessageParamContentItemWebSearchToolResultType,
    check_messages_message_param_content_item_web_search_tool_result_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.anthropic_web_search_result_block_param import (
        AnthropicWebSearchResultBlockParam,
    )
    from ..models.messages_message_param_content_item_content_web_search_tool_result_error import (
        MessagesMessageParamContentItemContentWebSearchToolResultError,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    (
        "..models.anthropic_web_search_result_block_param",
        "AnthropicWebSearchResultBlockParam",
    ),
    (
        "..models.messages_message_param_content_item_content_web_search_tool_result_error",
        "MessagesMessageParamContentItemContentWebSearchToolResultError",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesMessageParamContentItemWebSearchToolResult")


@_attrs_define
class MessagesMessageParamContentItemWebSearchToolResult(APIModel):
    """
    Attributes:
        content (list[AnthropicWebSearchResultBlockParam] |
            MessagesMessageParamContentItemContentWebSearchToolResultError):
        tool_use_id (str):
        type (MessagesMessageParamContentItemWebSearchToolResultType):
        cache_control (AnthropicCacheControlDirective | Unset):
    """

    content: (
        list[AnthropicWebSearchResultBlockParam]
        | MessagesMessageParamContentItemContentWebSearchToolResultError
    )
    tool_use_id: str
    type: MessagesMessageParamContentItemWebSearchToolResultType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content.to_dict()

        tool_use_id = self.tool_use_id

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "tool_use_id": tool_use_id,
                "type": type,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            list[AnthropicWebSearchResultBlockParam]
            | MessagesMessageParamContentItemContentWebSearchToolResultError
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = []
                _content_type_0 = data
                for content_type_0_item_data in _content_type_0:
                    content_type_0_item = AnthropicWebSearchResultBlockParam.from_dict(
                        content_type_0_item_data
                    )

                    content_type_0.append(content_type_0_item)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            content_type_1 = MessagesMessageParamContentItemContentWebSearchToolResultError.from_dict(
                data
            )

            return content_type_1

        content = _parse_content(d.pop("content"))

        tool_use_id = d.pop("tool_use_id")

        type = check_messages_message_param_content_item_web_search_tool_result_type(
            d.pop("type")
        )

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        messages_message_param_content_item_web_search_tool_result = cls(
            content=content,
            tool_use_id=tool_use_id,
            type=type,
            cache_control=cache_control,
        )

        messages_message_param_content_item_web_search_tool_result.additional_properties = d
        return messages_message_param_content_item_web_search_tool_result

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
