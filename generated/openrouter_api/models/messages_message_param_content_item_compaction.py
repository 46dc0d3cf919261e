from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_content_item_compaction_type import (
    MessagesMessageParamContentItemCompactionType,
    check_messages_message_param_content_item_compaction_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesMessageParamContentItemCompaction")


@_attrs_define
class MessagesMessageParamContentItemCompaction(APIModel):
    """
    Attributes:
        content (None | str):
        type (MessagesMessageParamContentItemCompactionType):
        cache_control (AnthropicCacheControlDirective | Unset):
        encrypted_content (None | str | Unset):
    """

    content: None | str
    type: MessagesMessageParamContentItemCompactionType
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        content: None | str
        content = self.content

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        content: None | str = d.pop("content")

        type = check_messages_message_param_content_item_compaction_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        encrypted_content: None | str | Unset = d.pop("encrypted_content", UNSET)

        messages_message_param_content_item_compaction = cls(
            content=content,
            type=type,
            cache_control=cache_control,
            encrypted_content=encrypted_content,
        )

        messages_message_param_content_item_compaction.additional_properties = d
        return messages_message_param_content_item_compaction

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
