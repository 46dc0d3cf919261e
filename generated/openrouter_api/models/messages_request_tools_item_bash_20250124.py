from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_tools_item_bash_20250124_name import (
    MessagesRequestToolsItemBash20250124Name,
    check_messages_request_tools_item_bash_20250124_name,
)
from ..models.messages_request_tools_item_bash_20250124_type import (
    MessagesRequestToolsItemBash20250124Type,
    check_messages_request_tools_item_bash_20250124_type,
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


T = TypeVar("T", bound="MessagesRequestToolsItemBash20250124")


@_attrs_define
class MessagesRequestToolsItemBash20250124(APIModel):
    """
    Attributes:
        name (MessagesRequestToolsItemBash20250124Name):
        type (MessagesRequestToolsItemBash20250124Type):
        cache_control (AnthropicCacheControlDirective | Unset):
    """

    name: MessagesRequestToolsItemBash20250124Name
    type: MessagesRequestToolsItemBash20250124Type
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name: str = self.name

        type: str = self.type

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
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
        name = check_messages_request_tools_item_bash_20250124_name(d.pop("name"))

        type = check_messages_request_tools_item_bash_20250124_type(d.pop("type"))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        messages_request_tools_item_bash_20250124 = cls(
            name=name,
            type=type,
            cache_control=cache_control,
        )

        messages_request_tools_item_bash_20250124.additional_properties = d
        return messages_request_tools_item_bash_20250124

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
