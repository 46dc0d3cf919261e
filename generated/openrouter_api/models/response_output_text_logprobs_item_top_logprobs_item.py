from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="ResponseOutputTextLogprobsItemTopLogprobsItem")


@_attrs_define
class ResponseOutputTextLogprobsItemTopLogprobsItem(APIModel):
    """
    Attributes:
        bytes (list[int]):
        logprob (float):
        token (str):
    """

    bytes: list[int]
    logprob: float
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes = self.bytes

        logprob = self.logprob

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes,
                "logprob": logprob,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bytes = cast(list[int], d.pop("bytes"))

        logprob = d.pop("logprob")

        token = d.pop("token")

        response_output_text_logprobs_item_top_logprobs_item = cls(
            bytes=bytes,
            logprob=logprob,
            token=token,
        )

        response_output_text_logprobs_item_top_logprobs_item.additional_properties = d
        return response_output_text_logprobs_item_top_logprobs_item

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
