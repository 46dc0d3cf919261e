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
    from ..models.video_model_pricing_skus_type_0 import VideoModelPricingSkusType0
    from ..models.video_model_upscale_factor_type_0 import VideoModelUpscaleFactorType0

_LAZY_IMPORTS = (
    ("..models.video_model_pricing_skus_type_0", "VideoModelPricingSkusType0"),
    ("..models.video_model_upscale_factor_type_0", "VideoModelUpscaleFactorType0"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="VideoModel")


@_attrs_define
class VideoModel(APIModel):
    """
    Attributes:
        allowed_passthrough_parameters (list[str]):
        canonical_slug (str):
        created (int):
        creativity (list[int] | None):
        generate_audio (bool | None):
        id (str):
        name (str):
        seed (bool | None):
        supported_aspect_ratios (list[str] | None):
        supported_durations (list[int] | None):
        supported_frame_images (list[str] | None):
        supported_resolutions (list[str] | None):
        supported_sizes (list[str] | None):
        upscale_factor (None | VideoModelUpscaleFactorType0):
        description (str | Unset):
        hugging_face_id (None | str | Unset):
        pricing_skus (None | Unset | VideoModelPricingSkusType0):
    """

    allowed_passthrough_parameters: list[str]
    canonical_slug: str
    created: int
    creativity: list[int] | None
    generate_audio: bool | None
    id: str
    name: str
    seed: bool | None
    supported_aspect_ratios: list[str] | None
    supported_durations: list[int] | None
    supported_frame_images: list[str] | None
    supported_resolutions: list[str] | None
    supported_sizes: list[str] | None
    upscale_factor: None | VideoModelUpscaleFactorType0
    description: str | Unset = UNSET
    hugging_face_id: None | str | Unset = UNSET
    pricing_skus: None | Unset | VideoModelPricingSkusType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        allowed_passthrough_parameters = self.allowed_passthrough_parameters

        canonical_slug = self.canonical_slug

        created = self.created

        creativity: list[int] | None
        if isinstance(self.creativity, list):
            creativity = self.creativity

        else:
            creativity = self.creativity

        generate_audio: bool | None
        generate_audio = self.generate_audio

        id = self.id

        name = self.name

        seed: bool | None
        seed = self.seed

        supported_aspect_ratios: list[str] | None
        if isinstance(self.supported_aspect_ratios, list):
            supported_aspect_ratios = self.supported_aspect_ratios

        else:
            supported_aspect_ratios = self.supported_aspect_ratios

        supported_durations: list[int] | None
        if isinstance(self.supported_durations, list):
            supported_durations = self.supported_durations

        else:
            supported_durations = self.supported_durations

        supported_frame_images: list[str] | None
        if isinstance(self.supported_frame_images, list):
            supported_frame_images = self.supported_frame_images

        else:
            supported_frame_images = self.supported_frame_images

        supported_resolutions: list[str] | None
        if isinstance(self.supported_resolutions, list):
            supported_resolutions = self.supported_resolutions

        else:
            supported_resolutions = self.supported_resolutions

        supported_sizes: list[str] | None
        if isinstance(self.supported_sizes, list):
            supported_sizes = self.supported_sizes

        else:
            supported_sizes = self.supported_sizes

        upscale_factor: dict[str, Any] | None
        if isinstance(self.upscale_factor, VideoModelUpscaleFactorType0):
            upscale_factor = self.upscale_factor.to_dict()
        else:
            upscale_factor = self.upscale_factor

        description = self.description

        hugging_face_id: None | str | Unset
        if isinstance(self.hugging_face_id, Unset):
            hugging_face_id = UNSET
        else:
            hugging_face_id = self.hugging_face_id

        pricing_skus: dict[str, Any] | None | Unset
        if isinstance(self.pricing_skus, Unset):
            pricing_skus = UNSET
        elif isinstance(self.pricing_skus, VideoModelPricingSkusType0):
            pricing_skus = self.pricing_skus.to_dict()
        else:
            pricing_skus = self.pricing_skus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_passthrough_parameters": allowed_passthrough_parameters,
                "canonical_slug": canonical_slug,
                "created": created,
                "creativity": creativity,
                "generate_audio": generate_audio,
                "id": id,
                "name": name,
                "seed": seed,
                "supported_aspect_ratios": supported_aspect_ratios,
                "supported_durations": supported_durations,
                "supported_frame_images": supported_frame_images,
                "supported_resolutions": supported_resolutions,
                "supported_sizes": supported_sizes,
                "upscale_factor": upscale_factor,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if hugging_face_id is not UNSET:
            field_dict["hugging_face_id"] = hugging_face_id
        if pricing_skus is not UNSET:
            field_dict["pricing_skus"] = pricing_skus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        allowed_passthrough_parameters = cast(
            list[str], d.pop("allowed_passthrough_parameters")
        )

        canonical_slug = d.pop("canonical_slug")

        created = d.pop("created")

        def _parse_creativity(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                creativity_type_0 = cast(list[int], data)

                return creativity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        creativity = _parse_creativity(d.pop("creativity"))

        generate_audio: bool | None = d.pop("generate_audio")

        id = d.pop("id")

        name = d.pop("name")

        seed: bool | None = d.pop("seed")

        def _parse_supported_aspect_ratios(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_aspect_ratios_type_0 = cast(list[str], data)

                return supported_aspect_ratios_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        supported_aspect_ratios = _parse_supported_aspect_ratios(
            d.pop("supported_aspect_ratios")
        )

        def _parse_supported_durations(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_durations_type_0 = cast(list[int], data)

                return supported_durations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        supported_durations = _parse_supported_durations(d.pop("supported_durations"))

        def _parse_supported_frame_images(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_frame_images_type_0 = cast(list[str], data)

                return supported_frame_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        supported_frame_images = _parse_supported_frame_images(
            d.pop("supported_frame_images")
        )

        def _parse_supported_resolutions(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_resolutions_type_0 = cast(list[str], data)

                return supported_resolutions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        supported_resolutions = _parse_supported_resolutions(
            d.pop("supported_resolutions")
        )

        def _parse_supported_sizes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_sizes_type_0 = cast(list[str], data)

                return supported_sizes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        supported_sizes = _parse_supported_sizes(d.pop("supported_sizes"))

        def _parse_upscale_factor(data: object) -> None | VideoModelUpscaleFactorType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upscale_factor_type_0 = VideoModelUpscaleFactorType0.from_dict(data)

                return upscale_factor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VideoModelUpscaleFactorType0, data)

        upscale_factor = _parse_upscale_factor(d.pop("upscale_factor"))

        description = d.pop("description", UNSET)

        hugging_face_id: None | str | Unset = d.pop("hugging_face_id", UNSET)

        def _parse_pricing_skus(
            data: object,
        ) -> None | Unset | VideoModelPricingSkusType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pricing_skus_type_0 = VideoModelPricingSkusType0.from_dict(data)

                return pricing_skus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoModelPricingSkusType0, data)

        pricing_skus = _parse_pricing_skus(d.pop("pricing_skus", UNSET))

        video_model = cls(
            allowed_passthrough_parameters=allowed_passthrough_parameters,
            canonical_slug=canonical_slug,
            created=created,
            creativity=creativity,
            generate_audio=generate_audio,
            id=id,
            name=name,
            seed=seed,
            supported_aspect_ratios=supported_aspect_ratios,
            supported_durations=supported_durations,
            supported_frame_images=supported_frame_images,
            supported_resolutions=supported_resolutions,
            supported_sizes=supported_sizes,
            upscale_factor=upscale_factor,
            description=description,
            hugging_face_id=hugging_face_id,
            pricing_skus=pricing_skus,
        )

        video_model.additional_properties = d
        return video_model

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
