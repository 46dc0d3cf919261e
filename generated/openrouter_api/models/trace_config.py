from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

T = TypeVar("T", bound="TraceConfig")


@_attrs_define
class TraceConfig(APIModel):
    """
    Attributes:
        generation_name (str | Unset):
        parent_span_id (str | Unset):
        span_name (str | Unset):
        trace_id (str | Unset):
        trace_name (str | Unset):
    """

    generation_name: str | Unset = UNSET
    parent_span_id: str | Unset = UNSET
    span_name: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    trace_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_name = self.generation_name

        parent_span_id = self.parent_span_id

        span_name = self.span_name

        trace_id = self.trace_id

        trace_name = self.trace_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generation_name is not UNSET:
            field_dict["generation_name"] = generation_name
        if parent_span_id is not UNSET:
            field_dict["parent_span_id"] = parent_span_id
        if span_name is not UNSET:
            field_dict["span_name"] = span_name
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if trace_name is not UNSET:
            field_dict["trace_name"] = trace_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generation_name = d.pop("generation_name", UNSET)

        parent_span_id = d.pop("parent_span_id", UNSET)

        span_name = d.pop("span_name", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        trace_name = d.pop("trace_name", UNSET)

        trace_config = cls(
            generation_name=generation_name,
            parent_span_id=parent_span_id,
            span_name=span_name,
            trace_id=trace_id,
            trace_name=trace_name,
        )

        trace_config.additional_properties = d
        return trace_config

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
