from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.stt_segment import STTSegment
    from ..models.stt_usage import STTUsage
    from ..models.stt_word import STTWord

_LAZY_IMPORTS = (
    ("..models.stt_segment", "STTSegment"),
    ("..models.stt_usage", "STTUsage"),
    ("..models.stt_word", "STTWord"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="STTResponse")


@_attrs_define
class STTResponse(APIModel):
    """
    Attributes:
        text (str):
        duration (float | Unset):
        language (str | Unset):
        segments (list[STTSegment] | Unset):
        task (str | Unset):
        usage (STTUsage | Unset):
        words (list[STTWord] | Unset):
    """

    text: str
    duration: float | Unset = UNSET
    language: str | Unset = UNSET
    segments: list[STTSegment] | Unset = UNSET
    task: str | Unset = UNSET
    usage: STTUsage | Unset = UNSET
    words: list[STTWord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        text = self.text

        duration = self.duration

        language = self.language

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        task = self.task

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if language is not UNSET:
            field_dict["language"] = language
        if segments is not UNSET:
            field_dict["segments"] = segments
        if task is not UNSET:
            field_dict["task"] = task
        if usage is not UNSET:
            field_dict["usage"] = usage
        if words is not UNSET:
            field_dict["words"] = words

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        text = d.pop("text")

        duration = d.pop("duration", UNSET)

        language = d.pop("language", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: list[STTSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = STTSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        task = d.pop("task", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: STTUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = STTUsage.from_dict(_usage)

        _words = d.pop("words", UNSET)
        words: list[STTWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = STTWord.from_dict(words_item_data)

                words.append(words_item)

        stt_response = cls(
            text=text,
            duration=duration,
            language=language,
            segments=segments,
            task=task,
            usage=usage,
            words=words,
        )

        stt_response.additional_properties = d
        return stt_response

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
