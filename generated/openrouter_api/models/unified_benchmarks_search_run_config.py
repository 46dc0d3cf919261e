from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="UnifiedBenchmarksSearchRunConfig")


@_attrs_define
class UnifiedBenchmarksSearchRunConfig(APIModel):
    """
    Attributes:
        max_agent_turns (int | None):
        reasoning_effort (None | str):
        temperature (float | None):
    """

    max_agent_turns: int | None
    reasoning_effort: None | str
    temperature: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_agent_turns: int | None
        max_agent_turns = self.max_agent_turns

        reasoning_effort: None | str
        reasoning_effort = self.reasoning_effort

        temperature: float | None
        temperature = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_agent_turns": max_agent_turns,
                "reasoning_effort": reasoning_effort,
                "temperature": temperature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_agent_turns: int | None = d.pop("max_agent_turns")

        reasoning_effort: None | str = d.pop("reasoning_effort")

        temperature: float | None = d.pop("temperature")

        unified_benchmarks_search_run_config = cls(
            max_agent_turns=max_agent_turns,
            reasoning_effort=reasoning_effort,
            temperature=temperature,
        )

        unified_benchmarks_search_run_config.additional_properties = d
        return unified_benchmarks_search_run_config

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
