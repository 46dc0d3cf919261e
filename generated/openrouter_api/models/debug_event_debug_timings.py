from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import APIModel

T = TypeVar("T", bound="DebugEventDebugTimings")


@_attrs_define
class DebugEventDebugTimings(APIModel):
    """
    Attributes:
        epoch_ms (int):
        event (str): Open enum (the API adds values): known values `adapter_request`, `upstream_headers_received`,
            `first_token_received`, `upstream_body_ended`.
        start_ms (int):
    """

    epoch_ms: int
    event: str
    start_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        epoch_ms = self.epoch_ms

        event = self.event

        start_ms = self.start_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "epoch_ms": epoch_ms,
                "event": event,
                "start_ms": start_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        epoch_ms = d.pop("epoch_ms")

        event = d.pop("event")

        start_ms = d.pop("start_ms")

        debug_event_debug_timings = cls(
            epoch_ms=epoch_ms,
            event=event,
            start_ms=start_ms,
        )

        debug_event_debug_timings.additional_properties = d
        return debug_event_debug_timings

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
