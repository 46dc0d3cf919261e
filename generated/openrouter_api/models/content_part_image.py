from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_image_type import (
    ContentPartImageType,
    check_content_part_image_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.content_part_image_image_url import ContentPartImageImageUrl

_LAZY_IMPORTS = (("..models.content_part_image_image_url", "ContentPartImageImageUrl"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ContentPartImage")


@_attrs_define
class ContentPartImage(APIModel):
    """
    Attributes:
        image_url (ContentPartImageImageUrl):
        type (ContentPartImageType):
    """

    image_url: ContentPartImageImageUrl
    type: ContentPartImageType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        image_url = self.image_url.to_dict()

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        image_url = ContentPartImageImageUrl.from_dict(d.pop("image_url"))

        type = check_content_part_image_type(d.pop("type"))

        content_part_image = cls(
            image_url=image_url,
            type=type,
        )

        content_part_image.additional_properties = d
        return content_part_image

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
