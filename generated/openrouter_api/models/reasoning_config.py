from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="ReasoningConfig")


@_attrs_define
class ReasoningConfig(APIModel):
    """
    Attributes:
        effort (None | str | Unset): max, xhigh, high, medium, low, minimal, none.
        summary (None | str | Unset): auto, concise, detailed.
        max_tokens (int | None | Unset):
        exclude (bool | None | Unset):
        enabled (bool | None | Unset):
    """

    effort: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    exclude: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        else:
            effort = self.effort

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effort: None | str | Unset = d.pop("effort", UNSET)

        summary: None | str | Unset = d.pop("summary", UNSET)

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        exclude: bool | None | Unset = d.pop("exclude", UNSET)

        enabled: bool | None | Unset = d.pop("enabled", UNSET)

        reasoning_config = cls(
            effort=effort,
            summary=summary,
            max_tokens=max_tokens,
            exclude=exclude,
            enabled=enabled,
        )

        reasoning_config.additional_properties = d
        return reasoning_config

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
