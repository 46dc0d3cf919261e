from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_tools_item_custom_type import (
    MessagesRequestToolsItemCustomType,
    check_messages_request_tools_item_custom_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.anthropic_cache_control_directive import (
        AnthropicCacheControlDirective,
    )
    from ..models.messages_request_tools_item_custom_input_schema import (
        MessagesRequestToolsItemCustomInputSchema,
    )

_LAZY_IMPORTS = (
    ("..models.anthropic_cache_control_directive", "AnthropicCacheControlDirective"),
    (
        "..models.messages_request_tools_item_custom_input_schema",
        "MessagesRequestToolsItemCustomInputSchema",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesRequestToolsItemCustom")


@_attrs_define
class MessagesRequestToolsItemCustom(APIModel):
    """
    Attributes:
        input_schema (MessagesRequestToolsItemCustomInputSchema):
        name (str):
        cache_control (AnthropicCacheControlDirective | Unset):
        defer_loading (bool | Unset):
        description (str | Unset):
        type (MessagesRequestToolsItemCustomType | Unset):
    """

    input_schema: MessagesRequestToolsItemCustomInputSchema
    name: str
    cache_control: AnthropicCacheControlDirective | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    description: str | Unset = UNSET
    type: MessagesRequestToolsItemCustomType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        input_schema = self.input_schema.to_dict()

        name = self.name

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        defer_loading = self.defer_loading

        description = self.description

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_schema": input_schema,
                "name": name,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if description is not UNSET:
            field_dict["description"] = description
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        input_schema = MessagesRequestToolsItemCustomInputSchema.from_dict(
            d.pop("input_schema")
        )

        name = d.pop("name")

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: AnthropicCacheControlDirective | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = AnthropicCacheControlDirective.from_dict(_cache_control)

        defer_loading = d.pop("defer_loading", UNSET)

        description = d.pop("description", UNSET)

        _type = d.pop("type", UNSET)
        type: MessagesRequestToolsItemCustomType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_messages_request_tools_item_custom_type(_type)

        messages_request_tools_item_custom = cls(
            input_schema=input_schema,
            name=name,
            cache_control=cache_control,
            defer_loading=defer_loading,
            description=description,
            type=type,
        )

        messages_request_tools_item_custom.additional_properties = d
        return messages_request_tools_item_custom

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
