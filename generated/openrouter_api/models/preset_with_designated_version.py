from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.preset_designated_version import PresetDesignatedVersion

_LAZY_IMPORTS = (("..models.preset_designated_version", "PresetDesignatedVersion"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="PresetWithDesignatedVersion")


@_attrs_define
class PresetWithDesignatedVersion(APIModel):
    """
    Attributes:
        created_at (str):
        creator_user_id (None | str):
        description (None | str):
        designated_version_id (None | str):
        id (str):
        name (str):
        slug (str):
        status (str): Open enum (the API adds values): known values `active`, `disabled`, `archived`.
        status_updated_at (None | str):
        updated_at (str):
        workspace_id (None | str):
        designated_version (None | PresetDesignatedVersion):
    """

    created_at: str
    creator_user_id: None | str
    description: None | str
    designated_version_id: None | str
    id: str
    name: str
    slug: str
    status: str
    status_updated_at: None | str
    updated_at: str
    workspace_id: None | str
    designated_version: None | PresetDesignatedVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        created_at = self.created_at

        creator_user_id: None | str
        creator_user_id = self.creator_user_id

        description: None | str
        description = self.description

        designated_version_id: None | str
        designated_version_id = self.designated_version_id

        id = self.id

        name = self.name

        slug = self.slug

        status = self.status

        status_updated_at: None | str
        status_updated_at = self.status_updated_at

        updated_at = self.updated_at

        workspace_id: None | str
        workspace_id = self.workspace_id

        designated_version: dict[str, Any] | None
        if isinstance(self.designated_version, PresetDesignatedVersion):
            designated_version = self.designated_version.to_dict()
        else:
            designated_version = self.designated_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "creator_user_id": creator_user_id,
                "description": description,
                "designated_version_id": designated_version_id,
                "id": id,
                "name": name,
                "slug": slug,
                "status": status,
                "status_updated_at": status_updated_at,
                "updated_at": updated_at,
                "workspace_id": workspace_id,
                "designated_version": designated_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        created_at = d.pop("created_at")

        creator_user_id: None | str = d.pop("creator_user_id")

        description: None | str = d.pop("description")

        designated_version_id: None | str = d.pop("designated_version_id")

        id = d.pop("id")

        name = d.pop("name")

        slug = d.pop("slug")

        status = d.pop("status")

        status_updated_at: None | str = d.pop("status_updated_at")

        updated_at = d.pop("updated_at")

        workspace_id: None | str = d.pop("workspace_id")

        def _parse_designated_version(data: object) -> None | PresetDesignatedVersion:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                designated_version_type_0 = PresetDesignatedVersion.from_dict(data)

                return designated_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PresetDesignatedVersion, data)

        designated_version = _parse_designated_version(d.pop("designated_version"))

        preset_with_designated_version = cls(
            created_at=created_at,
            creator_user_id=creator_user_id,
            description=description,
            designated_version_id=designated_version_id,
            id=id,
            name=name,
            slug=slug,
            status=status,
            status_updated_at=status_updated_at,
            updated_at=updated_at,
            workspace_id=workspace_id,
            designated_version=designated_version,
        )

        preset_with_designated_version.additional_properties = d
        return preset_with_designated_version

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
