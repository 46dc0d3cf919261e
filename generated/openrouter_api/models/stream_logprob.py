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
    from ..models.stream_logprob_top_logprob import StreamLogprobTopLogprob

_LAZY_IMPORTS = (("..models.stream_logprob_top_logprob", "StreamLogprobTopLogprob"),)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="StreamLogprob")


@_attrs_define
class StreamLogprob(APIModel):
    """
    Attributes:
        logprob (float):
        token (str):
        bytes (list[int] | Unset):
        top_logprobs (list[StreamLogprobTopLogprob] | Unset):
    """

    logprob: float
    token: str
    bytes: list[int] | Unset = UNSET
    top_logprobs: list[StreamLogprobTopLogprob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        logprob = self.logprob

        token = self.token

        bytes: list[int] | Unset = UNSET
        if not isinstance(self.bytes, Unset):
            bytes = self.bytes

        top_logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logprob": logprob,
                "token": token,
            }
        )
        if bytes is not UNSET:
            field_dict["bytes"] = bytes
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        logprob = d.pop("logprob")

        token = d.pop("token")

        bytes = cast(list[int], d.pop("bytes", UNSET))

        _top_logprobs = d.pop("top_logprobs", UNSET)
        top_logprobs: list[StreamLogprobTopLogprob] | Unset = UNSET
        if _top_logprobs is not UNSET:
            top_logprobs = []
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = StreamLogprobTopLogprob.from_dict(
                    top_logprobs_item_data
                )

                top_logprobs.append(top_logprobs_item)

        stream_logprob = cls(
            logprob=logprob,
            token=token,
            bytes=bytes,
            top_logprobs=top_logprobs,
        )

        stream_logprob.additional_properties = d
        return stream_logprob

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
