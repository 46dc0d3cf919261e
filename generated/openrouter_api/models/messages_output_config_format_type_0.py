from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_output_config_format_type_0_type import (
    MessagesOutputConfigFormatType0Type,
    check_messages_output_config_format_type_0_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.messages_output_config_format_type_0_schema import (
        MessagesOutputConfigFormatType0Schema,
    )

_LAZY_IMPORTS = (
    (
        "..models.messages_output_config_format_type_0_schema",
        "MessagesOutputConfigFormatType0Schema",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="MessagesOutputConfigFormatType0")


@_attrs_define
class MessagesOutputConfigFormatType0(APIModel):
    """
    Attributes:
        schema (MessagesOutputConfigFormatType0Schema):
        type (MessagesOutputConfigFormatType0Type):
    """

    schema: MessagesOutputConfigFormatType0Schema
    type: MessagesOutputConfigFormatType0Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        schema = self.schema.to_dict()

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        schema = MessagesOutputConfigFormatType0Schema.from_dict(d.pop("schema"))

        type = check_messages_output_config_format_type_0_type(d.pop("type"))

        messages_output_config_format_type_0 = cls(
            schema=schema,
            type=type,
        )

        messages_output_config_format_type_0.additional_properties = d
        return messages_output_config_format_type_0

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
