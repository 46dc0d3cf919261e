from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_format_json_schema_config_type import (
    ChatFormatJsonSchemaConfigType,
    check_chat_format_json_schema_config_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.chat_json_schema_config import ChatJsonSchemaConfig

_LAZY_IMPORTS = (("..models.chat_json_schema_config", "ChatJsonSchemaConfig"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ChatFormatJsonSchemaConfig")


@_attrs_define
class ChatFormatJsonSchemaConfig(APIModel):
    """
    Attributes:
        json_schema (ChatJsonSchemaConfig):
        type (ChatFormatJsonSchemaConfigType):
    """

    json_schema: ChatJsonSchemaConfig
    type: ChatFormatJsonSchemaConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        json_schema = self.json_schema.to_dict()

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "json_schema": json_schema,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        json_schema = ChatJsonSchemaConfig.from_dict(d.pop("json_schema"))

        type = check_chat_format_json_schema_config_type(d.pop("type"))

        chat_format_json_schema_config = cls(
            json_schema=json_schema,
            type=type,
        )

        chat_format_json_schema_config.additional_properties = d
        return chat_format_json_schema_config

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
