from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.preset_designated_version_config import PresetDesignatedVersionConfig

_LAZY_IMPORTS = (
    ("..models.preset_designated_version_config", "PresetDesignatedVersionConfig"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="PresetDesignatedVersion")


@_attrs_define
class PresetDesignatedVersion(APIModel):
    """
    Attributes:
        config (PresetDesignatedVersionConfig):
        created_at (str):
        creator_id (str):
        id (str):
        preset_id (str):
        system_prompt (None | str):
        updated_at (str):
        version (int):
    """

    config: PresetDesignatedVersionConfig
    created_at: str
    creator_id: str
    id: str
    preset_id: str
    system_prompt: None | str
    updated_at: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        config = self.config.to_dict()

        created_at = self.created_at

        creator_id = self.creator_id

        id = self.id

        preset_id = self.preset_id

        system_prompt: None | str
        system_prompt = self.system_prompt

        updated_at = self.updated_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "created_at": created_at,
                "creator_id": creator_id,
                "id": id,
                "preset_id": preset_id,
                "system_prompt": system_prompt,
                "updated_at": updated_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        config = PresetDesignatedVersionConfig.from_dict(d.pop("config"))

        created_at = d.pop("created_at")

        creator_id = d.pop("creator_id")

        id = d.pop("id")

        preset_id = d.pop("preset_id")

        system_prompt: None | str = d.pop("system_prompt")

        updated_at = d.pop("updated_at")

        version = d.pop("version")

        preset_designated_version = cls(
            config=config,
            created_at=created_at,
            creator_id=creator_id,
            id=id,
            preset_id=preset_id,
            system_prompt=system_prompt,
            updated_at=updated_at,
            version=version,
        )

        preset_designated_version.additional_properties = d
        return preset_designated_version

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
