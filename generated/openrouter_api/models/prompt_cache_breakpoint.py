from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_breakpoint_mode import (
    PromptCacheBreakpointMode,
    check_prompt_cache_breakpoint_mode,
)
from ..types import APIModel

T = TypeVar("T", bound="PromptCacheBreakpoint")


@_attrs_define
class PromptCacheBreakpoint(APIModel):
    """
    Attributes:
        mode (PromptCacheBreakpointMode):
    """

    mode: PromptCacheBreakpointMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_prompt_cache_breakpoint_mode(d.pop("mode"))

        prompt_cache_breakpoint = cls(
            mode=mode,
        )

        prompt_cache_breakpoint.additional_properties = d
        return prompt_cache_breakpoint

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
