from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, APIModel, Unset

if TYPE_CHECKING:
    from ..models.debug_event_debug_echo_upstream_body import (
        DebugEventDebugEchoUpstreamBody,
    )
    from ..models.debug_event_debug_timings import DebugEventDebugTimings

_LAZY_IMPORTS = (
    (
        "..models.debug_event_debug_echo_upstream_body",
        "DebugEventDebugEchoUpstreamBody",
    ),
    ("..models.debug_event_debug_timings", "DebugEventDebugTimings"),
)
_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded
    import importlib

    for module, name in _LAZY_IMPORTS:
        globals()[name] = getattr(importlib.import_module(module, __package__), name)
    _lazy_loaded = True


T = TypeVar("T", bound="DebugEventDebug")


@_attrs_define
class DebugEventDebug(APIModel):
    """
    Attributes:
        echo_upstream_body (DebugEventDebugEchoUpstreamBody | Unset):
        timings (DebugEventDebugTimings | Unset):
    """

    echo_upstream_body: DebugEventDebugEchoUpstreamBody | Unset = UNSET
    timings: DebugEventDebugTimings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_loaded:
            _load_lazy_imports()
        echo_upstream_body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.echo_upstream_body, Unset):
            echo_upstream_body = self.echo_upstream_body.to_dict()

        timings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timings, Unset):
            timings = self.timings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if echo_upstream_body is not UNSET:
            field_dict["echo_upstream_body"] = echo_upstream_body
        if timings is not UNSET:
            field_dict["timings"] = timings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        d = dict(src_dict)
        _echo_upstream_body = d.pop("echo_upstream_body", UNSET)
        echo_upstream_body: DebugEventDebugEchoUpstreamBody | Unset
        if isinstance(_echo_upstream_body, Unset):
            echo_upstream_body = UNSET
        else:
            echo_upstream_body = DebugEventDebugEchoUpstreamBody.from_dict(
                _echo_upstream_body
            )

        _timings = d.pop("timings", UNSET)
        timings: DebugEventDebugTimings | Unset
        if isinstance(_timings, Unset):
            timings = UNSET
        else:
            timings = DebugEventDebugTimings.from_dict(_timings)

        debug_event_debug = cls(
            echo_upstream_body=echo_upstream_body,
            timings=timings,
        )

        debug_event_debug.additional_properties = d
        return debug_event_debug

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
