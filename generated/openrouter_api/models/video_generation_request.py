from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_generation_request_aspect_ratio import (
    VideoGenerationRequestAspectRatio,
    check_video_generation_request_aspect_ratio,
)
from ..models.video_generation_request_resolution import (
    VideoGenerationRequestResolution,
    check_video_generation_request_resolution,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.content_part_audio import ContentPartAudio
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_video import ContentPartVideo
    from ..models.frame_image import FrameImage
    from ..models.video_generation_request_provider import (
        VideoGenerationRequestProvider,
    )

_LAZY_IMPORTS = (
    ("..models.content_part_audio", "ContentPartAudio"),
    ("..models.content_part_image", "ContentPartImage"),
    ("..models.content_part_video", "ContentPartVideo"),
    ("..models.frame_image", "FrameImage"),
    ("..models.video_generation_request_provider", "VideoGenerationRequestProvider"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="VideoGenerationRequest")


@_attrs_define
class VideoGenerationRequest(APIModel):
    """
    Attributes:
        model (str):
        aspect_ratio (VideoGenerationRequestAspectRatio | Unset):
        callback_url (str | Unset):
        creativity (int | Unset):
        duration (int | Unset):
        frame_images (list[FrameImage] | Unset):
        generate_audio (bool | Unset):
        input_references (list[ContentPartAudio | ContentPartImage | ContentPartVideo] | Unset):
        prompt (str | Unset):
        provider (VideoGenerationRequestProvider | Unset):
        resolution (VideoGenerationRequestResolution | Unset):
        seed (int | Unset):
        size (str | Unset):
        upscale_factor (float | Unset):
    """

    model: str
    aspect_ratio: VideoGenerationRequestAspectRatio | Unset = UNSET
    callback_url: str | Unset = UNSET
    creativity: int | Unset = UNSET
    duration: int | Unset = UNSET
    frame_images: list[FrameImage] | Unset = UNSET
    generate_audio: bool | Unset = UNSET
    input_references: (
        list[ContentPartAudio | ContentPartImage | ContentPartVideo] | Unset
    ) = UNSET
    prompt: str | Unset = UNSET
    provider: VideoGenerationRequestProvider | Unset = UNSET
    resolution: VideoGenerationRequestResolution | Unset = UNSET
    seed: int | Unset = UNSET
    size: str | Unset = UNSET
    upscale_factor: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        creativity = self.creativity

        duration = self.duration

        frame_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.frame_images, Unset):
            frame_images = []
            for frame_images_item_data in self.frame_images:
                frame_images_item = frame_images_item_data.to_dict()
                frame_images.append(frame_images_item)

        generate_audio = self.generate_audio

        input_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_references, Unset):
            input_references = []
            for input_references_item_data in self.input_references:
                input_references_item: dict[str, Any]
                if isinstance(input_references_item_data, ContentPartImage):
                    input_references_item = input_references_item_data.to_dict()
                elif isinstance(input_references_item_data, ContentPartAudio):
                    input_references_item = input_references_item_data.to_dict()
                else:
                    input_references_item = input_references_item_data.to_dict()

                input_references.append(input_references_item)

        prompt = self.prompt

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        seed = self.seed

        size = self.size

        upscale_factor = self.upscale_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if creativity is not UNSET:
            field_dict["creativity"] = creativity
        if duration is not UNSET:
            field_dict["duration"] = duration
        if frame_images is not UNSET:
            field_dict["frame_images"] = frame_images
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if input_references is not UNSET:
            field_dict["input_references"] = input_references
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if provider is not UNSET:
            field_dict["provider"] = provider
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if seed is not UNSET:
            field_dict["seed"] = seed
        if size is not UNSET:
            field_dict["size"] = size
        if upscale_factor is not UNSET:
            field_dict["upscale_factor"] = upscale_factor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        model = d.pop("model")

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: VideoGenerationRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_video_generation_request_aspect_ratio(_aspect_ratio)

        callback_url = d.pop("callback_url", UNSET)

        creativity = d.pop("creativity", UNSET)

        duration = d.pop("duration", UNSET)

        _frame_images = d.pop("frame_images", UNSET)
        frame_images: list[FrameImage] | Unset = UNSET
        if _frame_images is not UNSET:
            frame_images = []
            for frame_images_item_data in _frame_images:
                frame_images_item = FrameImage.from_dict(frame_images_item_data)

                frame_images.append(frame_images_item)

        generate_audio = d.pop("generate_audio", UNSET)

        _input_references = d.pop("input_references", UNSET)
        input_references: (
            list[ContentPartAudio | ContentPartImage | ContentPartVideo] | Unset
        ) = UNSET
        if _input_references is not UNSET:
            input_references = []
            for input_references_item_data in _input_references:

                def _parse_input_references_item(
                    data: object,
                ) -> ContentPartAudio | ContentPartImage | ContentPartVideo:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_input_reference_type_0 = (
                            ContentPartImage.from_dict(data)
                        )

                        return componentsschemas_input_reference_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_input_reference_type_1 = (
                            ContentPartAudio.from_dict(data)
                        )

                        return componentsschemas_input_reference_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_input_reference_type_2 = (
                        ContentPartVideo.from_dict(data)
                    )

                    return componentsschemas_input_reference_type_2

                input_references_item = _parse_input_references_item(
                    input_references_item_data
                )

                input_references.append(input_references_item)

        prompt = d.pop("prompt", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: VideoGenerationRequestProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = VideoGenerationRequestProvider.from_dict(_provider)

        _resolution = d.pop("resolution", UNSET)
        resolution: VideoGenerationRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_video_generation_request_resolution(_resolution)

        seed = d.pop("seed", UNSET)

        size = d.pop("size", UNSET)

        upscale_factor = d.pop("upscale_factor", UNSET)

        video_generation_request = cls(
            model=model,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            creativity=creativity,
            duration=duration,
            frame_images=frame_images,
            generate_audio=generate_audio,
            input_references=input_references,
            prompt=prompt,
            provider=provider,
            resolution=resolution,
            seed=seed,
            size=size,
            upscale_factor=upscale_factor,
        )

        video_generation_request.additional_properties = d
        return video_generation_request

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
