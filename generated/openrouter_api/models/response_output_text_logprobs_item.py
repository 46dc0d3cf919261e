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

from ..types import APIModel

if TYPE_CHECKING:
    from ..models.response_output_text_logprobs_item_top_logprobs_item import (
        ResponseOutputTextLogprobsItemTopLogprobsItem,
    )

_LAZY_IMPORTS = (
    (
        "..models.response_output_text_logprobs_item_top_logprobs_item",
        "ResponseOutputTextLogprobsItemTopLogprobsItem",
    ),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="ResponseOutputTextLogprobsItem")


@_attrs_define
class ResponseOutputTextLogprobsItem(APIModel):
    """
    Attributes:
        bytes (list[int]):
        logprob (float):
        token (str):
        top_logprobs (list[ResponseOutputTextLogprobsItemTopLogprobsItem]):
    """

    bytes: list[int]
    logprob: float
    token: str
    top_logprobs: list[ResponseOutputTextLogprobsItemTopLogprobsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        bytes = self.bytes

        logprob = self.logprob

        token = self.token

        top_logprobs = []
        for top_logprobs_item_data in self.top_logprobs:
            top_logprobs_item = top_logprobs_item_data.to_dict()
            top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes,
                "logprob": logprob,
                "token": token,
                "top_logprobs": top_logprobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        bytes = cast(list[int], d.pop("bytes"))

        logprob = d.pop("logprob")

        token = d.pop("token")

        top_logprobs = []
        _top_logprobs = d.pop("top_logprobs")
        for top_logprobs_item_data in _top_logprobs:
            top_logprobs_item = ResponseOutputTextLogprobsItemTopLogprobsItem.from_dict(
                top_logprobs_item_data
            )

            top_logprobs.append(top_logprobs_item)

        response_output_text_logprobs_item = cls(
            bytes=bytes,
            logprob=logprob,
            token=token,
            top_logprobs=top_logprobs,
        )

        response_output_text_logprobs_item.additional_properties = d
        return response_output_text_logprobs_item

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
