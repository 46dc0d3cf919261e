from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    overload,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.image_generation_response_data_item import (
        ImageGenerationResponseDataItem,
    )
    from ..models.image_generation_usage import ImageGenerationUsage

_LAZY_IMPORTS = (
    ("..models.image_generation_response_data_item", "ImageGenerationResponseDataItem"),
    ("..models.image_generation_usage", "ImageGenerationUsage"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ImageGenerationResponse")


@_attrs_define
class ImageGenerationResponse(APIModel):
    """
    Attributes:
        created (int):
        data (list[ImageGenerationResponseDataItem]):
        usage (ImageGenerationUsage | Unset):
    """

    created: int
    data: list[ImageGenerationResponseDataItem]
    usage: ImageGenerationUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        created = self.created

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "data": data,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        created = d.pop("created")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ImageGenerationResponseDataItem.from_dict(data_item_data)

            data.append(data_item)

        _usage = d.pop("usage", UNSET)
        usage: ImageGenerationUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ImageGenerationUsage.from_dict(_usage)

        image_generation_response = cls(
            created=created,
            data=data,
            usage=usage,
        )

        image_generation_response.additional_properties = d
        return image_generation_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    @overload
    def __getitem__(self, key: int) -> ImageGenerationResponseDataItem: ...
    @overload
    def __getitem__(self, key: slice) -> list[ImageGenerationResponseDataItem]: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: int | slice | str) -> Any:
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __iter__(self) -> Iterator[ImageGenerationResponseDataItem]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)
