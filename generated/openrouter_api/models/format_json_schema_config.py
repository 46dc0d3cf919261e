from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.format_json_schema_config_type import (
    FormatJsonSchemaConfigType,
    check_format_json_schema_config_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.format_json_schema_config_schema import FormatJsonSchemaConfigSchema

_LAZY_IMPORTS = (
    ("..models.format_json_schema_config_schema", "FormatJsonSchemaConfigSchema"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="FormatJsonSchemaConfig")


@_attrs_define
class FormatJsonSchemaConfig(APIModel):
    """
    Attributes:
        name (str):
        schema (FormatJsonSchemaConfigSchema):
        type (FormatJsonSchemaConfigType):
        description (str | Unset):
        strict (bool | None | Unset):
    """

    name: str
    schema: FormatJsonSchemaConfigSchema
    type: FormatJsonSchemaConfigType
    description: str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = self.name

        schema = self.schema.to_dict()

        type: str = self.type

        description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schema": schema,
                "type": type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        name = d.pop("name")

        schema = FormatJsonSchemaConfigSchema.from_dict(d.pop("schema"))

        type = check_format_json_schema_config_type(d.pop("type"))

        description = d.pop("description", UNSET)

        strict: bool | None | Unset = d.pop("strict", UNSET)

        format_json_schema_config = cls(
            name=name,
            schema=schema,
            type=type,
            description=description,
            strict=strict,
        )

        format_json_schema_config.additional_properties = d
        return format_json_schema_config

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
