from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_server_tool_type import (
    ImageGenerationServerToolType,
    check_image_generation_server_tool_type,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.image_generation_server_tool_input_image_mask import (
        ImageGenerationServerToolInputImageMask,
    )

_LAZY_IMPORTS = (
    (
        "..models.image_generation_server_tool_input_image_mask",
        "ImageGenerationServerToolInputImageMask",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ImageGenerationServerTool")


@_attrs_define
class ImageGenerationServerTool(APIModel):
    """
    Attributes:
        type (ImageGenerationServerToolType):
        background (str | Unset): Open enum (the API adds values): known values `transparent`, `opaque`, `auto`.
        input_fidelity (None | str | Unset): Open enum (the API adds values): known values `high`, `low`.
        input_image_mask (ImageGenerationServerToolInputImageMask | Unset):
        model (str | Unset):
        moderation (str | Unset): Open enum (the API adds values): known values `auto`, `low`.
        output_compression (int | Unset):
        output_format (str | Unset): Open enum (the API adds values): known values `png`, `webp`, `jpeg`.
        partial_images (int | Unset):
        quality (str | Unset): Open enum (the API adds values): known values `low`, `medium`, `high`, `auto`.
        size (str | Unset):
    """

    type: ImageGenerationServerToolType
    background: str | Unset = UNSET
    input_fidelity: None | str | Unset = UNSET
    input_image_mask: ImageGenerationServerToolInputImageMask | Unset = UNSET
    model: str | Unset = UNSET
    moderation: str | Unset = UNSET
    output_compression: int | Unset = UNSET
    output_format: str | Unset = UNSET
    partial_images: int | Unset = UNSET
    quality: str | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        type: str = self.type

        background = self.background

        input_fidelity: None | str | Unset
        if isinstance(self.input_fidelity, Unset):
            input_fidelity = UNSET
        else:
            input_fidelity = self.input_fidelity

        input_image_mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_image_mask, Unset):
            input_image_mask = self.input_image_mask.to_dict()

        model = self.model

        moderation = self.moderation

        output_compression = self.output_compression

        output_format = self.output_format

        partial_images = self.partial_images

        quality = self.quality

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if input_image_mask is not UNSET:
            field_dict["input_image_mask"] = input_image_mask
        if model is not UNSET:
            field_dict["model"] = model
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        type = check_image_generation_server_tool_type(d.pop("type"))

        background = d.pop("background", UNSET)

        input_fidelity: None | str | Unset = d.pop("input_fidelity", UNSET)

        _input_image_mask = d.pop("input_image_mask", UNSET)
        input_image_mask: ImageGenerationServerToolInputImageMask | Unset
        if isinstance(_input_image_mask, Unset):
            input_image_mask = UNSET
        else:
            input_image_mask = ImageGenerationServerToolInputImageMask.from_dict(
                _input_image_mask
            )

        model = d.pop("model", UNSET)

        moderation = d.pop("moderation", UNSET)

        output_compression = d.pop("output_compression", UNSET)

        output_format = d.pop("output_format", UNSET)

        partial_images = d.pop("partial_images", UNSET)

        quality = d.pop("quality", UNSET)

        size = d.pop("size", UNSET)

        image_generation_server_tool = cls(
            type=type,
            background=background,
            input_fidelity=input_fidelity,
            input_image_mask=input_image_mask,
            model=model,
            moderation=moderation,
            output_compression=output_compression,
            output_format=output_format,
            partial_images=partial_images,
            quality=quality,
            size=size,
        )

        image_generation_server_tool.additional_properties = d
        return image_generation_server_tool

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
