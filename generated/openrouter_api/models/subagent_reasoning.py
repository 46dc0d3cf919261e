from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subagent_reasoning_effort import (
    SubagentReasoningEffort,
    check_subagent_reasoning_effort,
)
from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="SubagentReasoning")


@_attrs_define
class SubagentReasoning(APIModel):
    """
    Attributes:
        effort (SubagentReasoningEffort | Unset):
        max_tokens (int | Unset):
    """

    effort: SubagentReasoningEffort | Unset = UNSET
    max_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _effort = d.pop("effort", UNSET)
        effort: SubagentReasoningEffort | Unset
        if isinstance(_effort, Unset):
            effort = UNSET
        else:
            effort = check_subagent_reasoning_effort(_effort)

        max_tokens = d.pop("max_tokens", UNSET)

        subagent_reasoning = cls(
            effort=effort,
            max_tokens=max_tokens,
        )

        subagent_reasoning.additional_properties = d
        return subagent_reasoning

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
