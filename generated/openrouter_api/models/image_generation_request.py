from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_request_aspect_ratio import (
    ImageGenerationRequestAspectRatio,
    check_image_generation_request_aspect_ratio,
)
from ..models.image_generation_request_background import (
    ImageGenerationRequestBackground,
    check_image_generation_request_background,
)
from ..models.image_generation_request_output_format import (
    ImageGenerationRequestOutputFormat,
    check_image_generation_request_output_format,
)
from ..models.image_generation_request_quality import (
    ImageGenerationRequestQuality,
    check_image_generation_request_quality,
)
from ..models.image_generation_request_resolution import (
    ImageGenerationRequestResolution,
    check_image_generation_request_resolution,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.content_part_image import ContentPartImage
    from ..models.image_generation_provider_preferences import (
        ImageGenerationProviderPreferences,
    )

_LAZY_IMPORTS = (
    ("..models.content_part_image", "ContentPartImage"),
    (
        "..models.image_generation_provider_preferences",
        "ImageGenerationProviderPreferences",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ImageGenerationRequest")


@_attrs_define
class ImageGenerationRequest(APIModel):
    """
    Attributes:
        model (str):
        prompt (str):
        aspect_ratio (ImageGenerationRequestAspectRatio | Unset):
        background (ImageGenerationRequestBackground | Unset):
        input_references (list[ContentPartImage] | Unset):
        n (int | Unset):
        output_compression (int | Unset):
        output_format (ImageGenerationRequestOutputFormat | Unset):
        provider (ImageGenerationProviderPreferences | Unset):
        quality (ImageGenerationRequestQuality | Unset):
        resolution (ImageGenerationRequestResolution | Unset):
        seed (int | Unset):
        size (str | Unset):
        stream (bool | Unset):
    """

    model: str
    prompt: str
    aspect_ratio: ImageGenerationRequestAspectRatio | Unset = UNSET
    background: ImageGenerationRequestBackground | Unset = UNSET
    input_references: list[ContentPartImage] | Unset = UNSET
    n: int | Unset = UNSET
    output_compression: int | Unset = UNSET
    output_format: ImageGenerationRequestOutputFormat | Unset = UNSET
    provider: ImageGenerationProviderPreferences | Unset = UNSET
    quality: ImageGenerationRequestQuality | Unset = UNSET
    resolution: ImageGenerationRequestResolution | Unset = UNSET
    seed: int | Unset = UNSET
    size: str | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background

        input_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_references, Unset):
            input_references = []
            for input_references_item_data in self.input_references:
                input_references_item = input_references_item_data.to_dict()
                input_references.append(input_references_item)

        n = self.n

        output_compression = self.output_compression

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        size = self.size

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if background is not UNSET:
            field_dict["background"] = background
        if input_references is not UNSET:
            field_dict["input_references"] = input_references
        if n is not UNSET:
            field_dict["n"] = n
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if provider is not UNSET:
            field_dict["provider"] = provider
        if quality is not UNSET:
            field_dict["quality"] = quality
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if size is not UNSET:
            field_dict["size"] = size
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        model = d.pop("model")

        prompt = d.pop("prompt")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ImageGenerationRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_image_generation_request_aspect_ratio(_aspect_ratio)

        _background = d.pop("background", UNSET)
        background: ImageGenerationRequestBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = check_image_generation_request_background(_background)

        _input_references = d.pop("input_references", UNSET)
        input_references: list[ContentPartImage] | Unset = UNSET
        if _input_references is not UNSET:
            input_references = []
            for input_references_item_data in _input_references:
                input_references_item = ContentPartImage.from_dict(
                    input_references_item_data
                )

                input_references.append(input_references_item)

        n = d.pop("n", UNSET)

        output_compression = d.pop("output_compression", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ImageGenerationRequestOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_image_generation_request_output_format(_output_format)

        _provider = d.pop("provider", UNSET)
        provider: ImageGenerationProviderPreferences | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = ImageGenerationProviderPreferences.from_dict(_provider)

        _quality = d.pop("quality", UNSET)
        quality: ImageGenerationRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_image_generation_request_quality(_quality)

        _resolution = d.pop("resolution", UNSET)
        resolution: ImageGenerationRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_image_generation_request_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        size = d.pop("size", UNSET)

        stream = d.pop("stream", UNSET)

        image_generation_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            background=background,
            input_references=input_references,
            n=n,
            output_compression=output_compression,
            output_format=output_format,
            provider=provider,
            quality=quality,
            resolution=resolution,
            seed=seed,
            size=size,
            stream=stream,
        )

        image_generation_request.additional_properties = d
        return image_generation_request

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
