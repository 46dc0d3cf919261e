from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_completed_event_type import (
    ImageGenCompletedEventType,
    check_image_gen_completed_event_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.image_generation_usage import ImageGenerationUsage

_LAZY_IMPORTS = (("..models.image_generation_usage", "ImageGenerationUsage"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ImageGenCompletedEvent")


@_attrs_define
class ImageGenCompletedEvent(APIModel):
    """
    Attributes:
        b64_json (str):
        created (int):
        type (ImageGenCompletedEventType):
        media_type (str | Unset):
        usage (ImageGenerationUsage | Unset):
    """

    b64_json: str
    created: int
    type: ImageGenCompletedEventType
    media_type: str | Unset = UNSET
    usage: ImageGenerationUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        b64_json = self.b64_json

        created = self.created

        type: str = self.type

        media_type = self.media_type

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "b64_json": b64_json,
                "created": created,
                "type": type,
            }
        )
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        b64_json = d.pop("b64_json")

        created = d.pop("created")

        type = check_image_gen_completed_event_type(d.pop("type"))

        media_type = d.pop("media_type", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: ImageGenerationUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ImageGenerationUsage.from_dict(_usage)

        image_gen_completed_event = cls(
            b64_json=b64_json,
            created=created,
            type=type,
            media_type=media_type,
            usage=usage,
        )

        image_gen_completed_event.additional_properties = d
        return image_gen_completed_event

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
