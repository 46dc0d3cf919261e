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

T = TypeVar("T", bound="OpenResponsesTopLogprobs")


@_attrs_define
class OpenResponsesTopLogprobs(APIModel):
    """
    Attributes:
        bytes (list[int] | Unset):
        logprob (float | Unset):
        token (str | Unset):
    """

    bytes: list[int] | Unset = UNSET
    logprob: float | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes: list[int] | Unset = UNSET
        if not isinstance(self.bytes, Unset):
            bytes = self.bytes

        logprob = self.logprob

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bytes is not UNSET:
            field_dict["bytes"] = bytes
        if logprob is not UNSET:
            field_dict["logprob"] = logprob
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bytes = cast(list[int], d.pop("bytes", UNSET))

        logprob = d.pop("logprob", UNSET)

        token = d.pop("token", UNSET)

        open_responses_top_logprobs = cls(
            bytes=bytes,
            logprob=logprob,
            token=token,
        )

        open_responses_top_logprobs.additional_properties = d
        return open_responses_top_logprobs

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
