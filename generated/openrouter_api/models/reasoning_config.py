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
        context (None | str | Unset):
        effort (None | str | Unset):
        mode (None | str | Unset):
        summary (None | str | Unset):
        enabled (bool | None | Unset):
        exclude (bool | None | Unset):
        max_tokens (int | None | Unset):
    """

    context: None | str | Unset = UNSET
    effort: None | str | Unset = UNSET
    mode: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    exclude: bool | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        else:
            effort = self.effort

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        exclude: bool | None | Unset
        if isinstance(self.exclude, Unset):
            exclude = UNSET
        else:
            exclude = self.exclude

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context is not UNSET:
            field_dict["context"] = context
        if effort is not UNSET:
            field_dict["effort"] = effort
        if mode is not UNSET:
            field_dict["mode"] = mode
        if summary is not UNSET:
            field_dict["summary"] = summary
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if exclude is not UNSET:
            field_dict["exclude"] = exclude
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context: None | str | Unset = d.pop("context", UNSET)

        effort: None | str | Unset = d.pop("effort", UNSET)

        mode: None | str | Unset = d.pop("mode", UNSET)

        summary: None | str | Unset = d.pop("summary", UNSET)

        enabled: bool | None | Unset = d.pop("enabled", UNSET)

        exclude: bool | None | Unset = d.pop("exclude", UNSET)

        max_tokens: int | None | Unset = d.pop("max_tokens", UNSET)

        reasoning_config = cls(
            context=context,
            effort=effort,
            mode=mode,
            summary=summary,
            enabled=enabled,
            exclude=exclude,
            max_tokens=max_tokens,
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
