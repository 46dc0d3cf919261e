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
    from ..models.image_gen_completed_event import ImageGenCompletedEvent
    from ..models.image_gen_partial_image_event import ImageGenPartialImageEvent
    from ..models.image_gen_stream_error_event import ImageGenStreamErrorEvent
    from ..models.image_gen_text_chunk_event import ImageGenTextChunkEvent

_LAZY_IMPORTS = (
    ("..models.image_gen_completed_event", "ImageGenCompletedEvent"),
    ("..models.image_gen_partial_image_event", "ImageGenPartialImageEvent"),
    ("..models.image_gen_stream_error_event", "ImageGenStreamErrorEvent"),
    ("..models.image_gen_text_chunk_event", "ImageGenTextChunkEvent"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ImageStreamingResponse")


@_attrs_define
class ImageStreamingResponse(APIModel):
    """
    Attributes:
        data (ImageGenCompletedEvent | ImageGenPartialImageEvent | ImageGenStreamErrorEvent | ImageGenTextChunkEvent):
    """

    data: (
        ImageGenCompletedEvent
        | ImageGenPartialImageEvent
        | ImageGenStreamErrorEvent
        | ImageGenTextChunkEvent
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        data: dict[str, Any]
        if isinstance(self.data, ImageGenPartialImageEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ImageGenTextChunkEvent):
            data = self.data.to_dict()
        elif isinstance(self.data, ImageGenCompletedEvent):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> (
            ImageGenCompletedEvent
            | ImageGenPartialImageEvent
            | ImageGenStreamErrorEvent
            | ImageGenTextChunkEvent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ImageGenPartialImageEvent.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = ImageGenTextChunkEvent.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_2 = ImageGenCompletedEvent.from_dict(data)

                return data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_3 = ImageGenStreamErrorEvent.from_dict(data)

            return data_type_3

        data = _parse_data(d.pop("data"))

        image_streaming_response = cls(
            data=data,
        )

        image_streaming_response.additional_properties = d
        return image_streaming_response

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
