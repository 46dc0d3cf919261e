from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_engine_enum import (
    ApplyPatchEngineEnum,
    check_apply_patch_engine_enum,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ApplyPatchServerToolConfig")


@_attrs_define
class ApplyPatchServerToolConfig(APIModel):
    """
    Attributes:
        engine (ApplyPatchEngineEnum | Unset):
    """

    engine: ApplyPatchEngineEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine: str | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _engine = d.pop("engine", UNSET)
        engine: ApplyPatchEngineEnum | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = check_apply_patch_engine_enum(_engine)

        apply_patch_server_tool_config = cls(
            engine=engine,
        )

        apply_patch_server_tool_config.additional_properties = d
        return apply_patch_server_tool_config

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
