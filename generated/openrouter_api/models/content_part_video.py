from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_part_video_type import (
    ContentPartVideoType,
    check_content_part_video_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.content_part_video_video_url import ContentPartVideoVideoUrl

_LAZY_IMPORTS = (("..models.content_part_video_video_url", "ContentPartVideoVideoUrl"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ContentPartVideo")


@_attrs_define
class ContentPartVideo(APIModel):
    """
    Attributes:
        type (ContentPartVideoType):
        video_url (ContentPartVideoVideoUrl):
    """

    type: ContentPartVideoType
    video_url: ContentPartVideoVideoUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type: str = self.type

        video_url = self.video_url.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type = check_content_part_video_type(d.pop("type"))

        video_url = ContentPartVideoVideoUrl.from_dict(d.pop("video_url"))

        content_part_video = cls(
            type=type,
            video_url=video_url,
        )

        content_part_video.additional_properties = d
        return content_part_video

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
