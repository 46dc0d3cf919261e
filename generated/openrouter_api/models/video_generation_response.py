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

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.video_generation_usage import VideoGenerationUsage

_LAZY_IMPORTS = (("..models.video_generation_usage", "VideoGenerationUsage"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="VideoGenerationResponse")


@_attrs_define
class VideoGenerationResponse(APIModel):
    """
    Attributes:
        id (str):
        polling_url (str):
        status (str): Open enum (the API adds values): known values `pending`, `in_progress`, `completed`, `failed`,
            `cancelled`, `expired`.
        error (str | Unset):
        generation_id (str | Unset):
        unsigned_urls (list[str] | Unset):
        usage (VideoGenerationUsage | Unset):
    """

    id: str
    polling_url: str
    status: str
    error: str | Unset = UNSET
    generation_id: str | Unset = UNSET
    unsigned_urls: list[str] | Unset = UNSET
    usage: VideoGenerationUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = self.id

        polling_url = self.polling_url

        status = self.status

        error = self.error

        generation_id = self.generation_id

        unsigned_urls: list[str] | Unset = UNSET
        if not isinstance(self.unsigned_urls, Unset):
            unsigned_urls = self.unsigned_urls

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "polling_url": polling_url,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if unsigned_urls is not UNSET:
            field_dict["unsigned_urls"] = unsigned_urls
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        id = d.pop("id")

        polling_url = d.pop("polling_url")

        status = d.pop("status")

        error = d.pop("error", UNSET)

        generation_id = d.pop("generation_id", UNSET)

        unsigned_urls = cast(list[str], d.pop("unsigned_urls", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: VideoGenerationUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = VideoGenerationUsage.from_dict(_usage)

        video_generation_response = cls(
            id=id,
            polling_url=polling_url,
            status=status,
            error=error,
            generation_id=generation_id,
            unsigned_urls=unsigned_urls,
            usage=usage,
        )

        video_generation_response.additional_properties = d
        return video_generation_response

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
