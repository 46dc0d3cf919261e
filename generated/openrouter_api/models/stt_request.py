from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stt_request_response_format import (
    STTRequestResponseFormat,
    check_stt_request_response_format,
)
from ..models.stt_timestamp_granularity import (
    STTTimestampGranularity,
    check_stt_timestamp_granularity,
)
from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.stt_input_audio import STTInputAudio
    from ..models.stt_request_provider import STTRequestProvider

_LAZY_IMPORTS = (
    ("..models.stt_input_audio", "STTInputAudio"),
    ("..models.stt_request_provider", "STTRequestProvider"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="STTRequest")


@_attrs_define
class STTRequest(APIModel):
    """
    Attributes:
        input_audio (STTInputAudio):
        model (str):
        language (str | Unset):
        provider (STTRequestProvider | Unset):
        response_format (STTRequestResponseFormat | Unset):
        temperature (float | Unset):
        timestamp_granularities (list[STTTimestampGranularity] | Unset):
    """

    input_audio: STTInputAudio
    model: str
    language: str | Unset = UNSET
    provider: STTRequestProvider | Unset = UNSET
    response_format: STTRequestResponseFormat | Unset = UNSET
    temperature: float | Unset = UNSET
    timestamp_granularities: list[STTTimestampGranularity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        input_audio = self.input_audio.to_dict()

        model = self.model

        language = self.language

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        temperature = self.temperature

        timestamp_granularities: list[str] | Unset = UNSET
        if not isinstance(self.timestamp_granularities, Unset):
            timestamp_granularities = []
            for timestamp_granularities_item_data in self.timestamp_granularities:
                timestamp_granularities_item: str = timestamp_granularities_item_data
                timestamp_granularities.append(timestamp_granularities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_audio": input_audio,
                "model": model,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if provider is not UNSET:
            field_dict["provider"] = provider
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities"] = timestamp_granularities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        input_audio = STTInputAudio.from_dict(d.pop("input_audio"))

        model = d.pop("model")

        language = d.pop("language", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: STTRequestProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = STTRequestProvider.from_dict(_provider)

        _response_format = d.pop("response_format", UNSET)
        response_format: STTRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = check_stt_request_response_format(_response_format)

        temperature = d.pop("temperature", UNSET)

        _timestamp_granularities = d.pop("timestamp_granularities", UNSET)
        timestamp_granularities: list[STTTimestampGranularity] | Unset = UNSET
        if _timestamp_granularities is not UNSET:
            timestamp_granularities = []
            for timestamp_granularities_item_data in _timestamp_granularities:
                timestamp_granularities_item = check_stt_timestamp_granularity(
                    timestamp_granularities_item_data
                )

                timestamp_granularities.append(timestamp_granularities_item)

        stt_request = cls(
            input_audio=input_audio,
            model=model,
            language=language,
            provider=provider,
            response_format=response_format,
            temperature=temperature,
            timestamp_granularities=timestamp_granularities,
        )

        stt_request.additional_properties = d
        return stt_request

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
