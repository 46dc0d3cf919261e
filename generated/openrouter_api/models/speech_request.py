from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speech_request_response_format import (
    SpeechRequestResponseFormat,
    check_speech_request_response_format,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.speech_input_reference_audio import SpeechInputReferenceAudio
    from ..models.speech_input_reference_text import SpeechInputReferenceText
    from ..models.speech_request_provider import SpeechRequestProvider

_LAZY_IMPORTS = (
    ("..models.speech_input_reference_audio", "SpeechInputReferenceAudio"),
    ("..models.speech_input_reference_text", "SpeechInputReferenceText"),
    ("..models.speech_request_provider", "SpeechRequestProvider"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="SpeechRequest")


@_attrs_define
class SpeechRequest(APIModel):
    """
    Attributes:
        input (str):
        model (str):
        input_references (list[SpeechInputReferenceAudio | SpeechInputReferenceText] | Unset):
        provider (SpeechRequestProvider | Unset):
        response_format (SpeechRequestResponseFormat | Unset):  Default: 'pcm'.
        speed (float | Unset):
        voice (str | Unset):
    """

    input: str
    model: str
    input_references: (
        list[SpeechInputReferenceAudio | SpeechInputReferenceText] | Unset
    ) = UNSET
    provider: SpeechRequestProvider | Unset = UNSET
    response_format: SpeechRequestResponseFormat | Unset = "pcm"
    speed: float | Unset = UNSET
    voice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        input = self.input

        model = self.model

        input_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_references, Unset):
            input_references = []
            for input_references_item_data in self.input_references:
                input_references_item: dict[str, Any]
                if isinstance(input_references_item_data, SpeechInputReferenceAudio):
                    input_references_item = input_references_item_data.to_dict()
                else:
                    input_references_item = input_references_item_data.to_dict()

                input_references.append(input_references_item)

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        speed = self.speed

        voice = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input,
                "model": model,
            }
        )
        if input_references is not UNSET:
            field_dict["input_references"] = input_references
        if provider is not UNSET:
            field_dict["provider"] = provider
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        input = d.pop("input")

        model = d.pop("model")

        _input_references = d.pop("input_references", UNSET)
        input_references: (
            list[SpeechInputReferenceAudio | SpeechInputReferenceText] | Unset
        ) = UNSET
        if _input_references is not UNSET:
            input_references = []
            for input_references_item_data in _input_references:

                def _parse_input_references_item(
                    data: object,
                ) -> SpeechInputReferenceAudio | SpeechInputReferenceText:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_speech_input_reference_type_0 = (
                            SpeechInputReferenceAudio.from_dict(data)
                        )

                        return componentsschemas_speech_input_reference_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_speech_input_reference_type_1 = (
                        SpeechInputReferenceText.from_dict(data)
                    )

                    return componentsschemas_speech_input_reference_type_1

                input_references_item = _parse_input_references_item(
                    input_references_item_data
                )

                input_references.append(input_references_item)

        _provider = d.pop("provider", UNSET)
        provider: SpeechRequestProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = SpeechRequestProvider.from_dict(_provider)

        _response_format = d.pop("response_format", UNSET)
        response_format: SpeechRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_speech_request_response_format(_response_format)

        speed = d.pop("speed", UNSET)

        voice = d.pop("voice", UNSET)

        speech_request = cls(
            input=input,
            model=model,
            input_references=input_references,
            provider=provider,
            response_format=response_format,
            speed=speed,
            voice=voice,
        )

        speech_request.additional_properties = d
        return speech_request

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
