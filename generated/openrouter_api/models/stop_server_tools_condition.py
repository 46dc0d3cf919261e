from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="StopServerToolsCondition")


@_attrs_define
class StopServerToolsCondition(APIModel):
    """One stop condition; `type` is step_count_is, has_tool_call, max_tokens_used, max_cost or finish_reason_is, with its
    one parameter.

        Attributes:
            type (str):
            step_count (int | Unset):
            tool_name (str | Unset):
            max_tokens (int | Unset):
            max_cost_in_dollars (float | Unset):
            reason (str | Unset):
    """

    type: str
    step_count: int | Unset = UNSET
    tool_name: str | Unset = UNSET
    max_tokens: int | Unset = UNSET
    max_cost_in_dollars: float | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        step_count = self.step_count

        tool_name = self.tool_name

        max_tokens = self.max_tokens

        max_cost_in_dollars = self.max_cost_in_dollars

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
            }
        )
        if step_count is not UNSET:
            field_dict["step_count"] = step_count
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if max_cost_in_dollars is not UNSET:
            field_dict["max_cost_in_dollars"] = max_cost_in_dollars
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type = d.pop("type")

        step_count = d.pop("step_count", UNSET)

        tool_name = d.pop("tool_name", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        max_cost_in_dollars = d.pop("max_cost_in_dollars", UNSET)

        reason = d.pop("reason", UNSET)

        stop_server_tools_condition = cls(
            type=type,
            step_count=step_count,
            tool_name=tool_name,
            max_tokens=max_tokens,
            max_cost_in_dollars=max_cost_in_dollars,
            reason=reason,
        )

        stop_server_tools_condition.additional_properties = d
        return stop_server_tools_condition

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
