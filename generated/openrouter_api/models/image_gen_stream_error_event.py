from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_gen_stream_error_event_type import (
    ImageGenStreamErrorEventType,
    check_image_gen_stream_error_event_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.image_gen_stream_error_event_error import (
        ImageGenStreamErrorEventError,
    )

_LAZY_IMPORTS = (
    ("..models.image_gen_stream_error_event_error", "ImageGenStreamErrorEventError"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ImageGenStreamErrorEvent")


@_attrs_define
class ImageGenStreamErrorEvent(APIModel):
    """
    Attributes:
        error (ImageGenStreamErrorEventError):
        type (ImageGenStreamErrorEventType):
    """

    error: ImageGenStreamErrorEventError
    type: ImageGenStreamErrorEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        error = self.error.to_dict()

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        error = ImageGenStreamErrorEventError.from_dict(d.pop("error"))

        type = check_image_gen_stream_error_event_type(d.pop("type"))

        image_gen_stream_error_event = cls(
            error=error,
            type=type,
        )

        image_gen_stream_error_event.additional_properties = d
        return image_gen_stream_error_event

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
