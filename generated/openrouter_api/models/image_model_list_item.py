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
    from ..models.image_model_architecture import ImageModelArchitecture
    from ..models.supported_parameters import SupportedParameters

_LAZY_IMPORTS = (
    ("..models.image_model_architecture", "ImageModelArchitecture"),
    ("..models.supported_parameters", "SupportedParameters"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ImageModelListItem")


@_attrs_define
class ImageModelListItem(APIModel):
    """
    Attributes:
        architecture (ImageModelArchitecture):
        created (int):
        description (str):
        endpoints (str):
        id (str):
        name (str):
        supported_parameters (SupportedParameters):
        supports_streaming (bool):
    """

    architecture: ImageModelArchitecture
    created: int
    description: str
    endpoints: str
    id: str
    name: str
    supported_parameters: SupportedParameters
    supports_streaming: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        architecture = self.architecture.to_dict()

        created = self.created

        description = self.description

        endpoints = self.endpoints

        id = self.id

        name = self.name

        supported_parameters = self.supported_parameters.to_dict()

        supports_streaming = self.supports_streaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "architecture": architecture,
                "created": created,
                "description": description,
                "endpoints": endpoints,
                "id": id,
                "name": name,
                "supported_parameters": supported_parameters,
                "supports_streaming": supports_streaming,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        architecture = ImageModelArchitecture.from_dict(d.pop("architecture"))

        created = d.pop("created")

        description = d.pop("description")

        endpoints = d.pop("endpoints")

        id = d.pop("id")

        name = d.pop("name")

        supported_parameters = SupportedParameters.from_dict(
            d.pop("supported_parameters")
        )

        supports_streaming = d.pop("supports_streaming")

        image_model_list_item = cls(
            architecture=architecture,
            created=created,
            description=description,
            endpoints=endpoints,
            id=id,
            name=name,
            supported_parameters=supported_parameters,
            supports_streaming=supports_streaming,
        )

        image_model_list_item.additional_properties = d
        return image_model_list_item

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
