from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.speech_input_reference_audio_type import (
    SpeechInputReferenceAudioType,
    check_speech_input_reference_audio_type,
)
from ..types import APIModel

if TYPE_CHECKING:
    from ..models.speech_input_reference_audio_input import (
        SpeechInputReferenceAudioInput,
    )

_LAZY_IMPORTS = (
    ("..models.speech_input_reference_audio_input", "SpeechInputReferenceAudioInput"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="SpeechInputReferenceAudio")


@_attrs_define
class SpeechInputReferenceAudio(APIModel):
    """
    Attributes:
        input_audio (SpeechInputReferenceAudioInput):
        type (SpeechInputReferenceAudioType):
    """

    input_audio: SpeechInputReferenceAudioInput
    type: SpeechInputReferenceAudioType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        input_audio = self.input_audio.to_dict()

        type: str = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_audio": input_audio,
                "type": type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        input_audio = SpeechInputReferenceAudioInput.from_dict(d.pop("input_audio"))

        type = check_speech_input_reference_audio_type(d.pop("type"))

        speech_input_reference_audio = cls(
            input_audio=input_audio,
            type=type,
        )

        speech_input_reference_audio.additional_properties = d
        return speech_input_reference_audio

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
