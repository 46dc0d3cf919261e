from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.context_compression_engine import (
    ContextCompressionEngine,
    check_context_compression_engine,
)
from ..models.context_compression_plugin_id import (
    ContextCompressionPluginId,
    check_context_compression_plugin_id,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ContextCompressionPlugin")


@_attrs_define
class ContextCompressionPlugin(APIModel):
    """
    Attributes:
        id (ContextCompressionPluginId):
        enabled (bool | Unset):
        engine (ContextCompressionEngine | Unset):
    """

    id: ContextCompressionPluginId
    enabled: bool | Unset = UNSET
    engine: ContextCompressionEngine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str = self.id

        enabled = self.enabled

        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = check_context_compression_plugin_id(d.pop("id"))

        enabled = d.pop("enabled", UNSET)

        _engine = d.pop("engine", UNSET)
        engine: ContextCompressionEngine | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_context_compression_engine(_engine)

        context_compression_plugin = cls(
            id=id,
            enabled=enabled,
            engine=engine,
        )

        context_compression_plugin.additional_properties = d
        return context_compression_plugin

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
