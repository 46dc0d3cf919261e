from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="STTSegment")


@_attrs_define
class STTSegment(APIModel):
    """
    Attributes:
        end (float):
        id (int):
        start (float):
        text (str):
        avg_logprob (float | Unset):
        compression_ratio (float | Unset):
        no_speech_prob (float | Unset):
        seek (int | Unset):
        speaker (int | Unset):
        temperature (float | Unset):
        tokens (list[int] | Unset):
    """

    end: float
    id: int
    start: float
    text: str
    avg_logprob: float | Unset = UNSET
    compression_ratio: float | Unset = UNSET
    no_speech_prob: float | Unset = UNSET
    seek: int | Unset = UNSET
    speaker: int | Unset = UNSET
    temperature: float | Unset = UNSET
    tokens: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        id = self.id

        start = self.start

        text = self.text

        avg_logprob = self.avg_logprob

        compression_ratio = self.compression_ratio

        no_speech_prob = self.no_speech_prob

        seek = self.seek

        speaker = self.speaker

        temperature = self.temperature

        tokens: list[int] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "id": id,
                "start": start,
                "text": text,
            }
        )
        if avg_logprob is not UNSET:
            field_dict["avg_logprob"] = avg_logprob
        if compression_ratio is not UNSET:
            field_dict["compression_ratio"] = compression_ratio
        if no_speech_prob is not UNSET:
            field_dict["no_speech_prob"] = no_speech_prob
        if seek is not UNSET:
            field_dict["seek"] = seek
        if speaker is not UNSET:
            field_dict["speaker"] = speaker
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = d.pop("end")

        id = d.pop("id")

        start = d.pop("start")

        text = d.pop("text")

        avg_logprob = d.pop("avg_logprob", UNSET)

        compression_ratio = d.pop("compression_ratio", UNSET)

        no_speech_prob = d.pop("no_speech_prob", UNSET)

        seek = d.pop("seek", UNSET)

        speaker = d.pop("speaker", UNSET)

        temperature = d.pop("temperature", UNSET)

        tokens = cast(list[int], d.pop("tokens", UNSET))

        stt_segment = cls(
            end=end,
            id=id,
            start=start,
            text=text,
            avg_logprob=avg_logprob,
            compression_ratio=compression_ratio,
            no_speech_prob=no_speech_prob,
            seek=seek,
            speaker=speaker,
            temperature=temperature,
            tokens=tokens,
        )

        stt_segment.additional_properties = d
        return stt_segment

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
